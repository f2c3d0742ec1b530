package io.apotheca.domain.prescription;

import static io.apotheca.domain.prescription.Transcriptions.WITHOUT_DEA;
import static io.apotheca.domain.prescription.Transcriptions.WITH_DEA;
import static io.apotheca.domain.prescription.Transcriptions.item;
import static io.apotheca.domain.prescription.Transcriptions.uncontrolled;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.domain.catalog.DrugSchedule;
import io.apotheca.domain.prescription.ControlledSubstancePolicy.Rule;
import io.apotheca.domain.prescription.ControlledSubstancePolicy.Violation;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ControlledSubstancePolicyTest {

    private static final LocalDate WRITTEN = LocalDate.of(2026, 6, 15);
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    private static final Period YEAR = Period.ofYears(1);

    private static List<Rule> rules(Prescriber prescriber, PrescribedItem... items) {
        return ControlledSubstancePolicy.check(prescriber, WRITTEN, List.of(items), TODAY, YEAR).stream()
                .map(Violation::rule)
                .toList();
    }

    @Test
    void schedule_ii_is_never_refilled() {
        PrescribedItem refilled = item(DrugSchedule.CII, 1);

        assertThat(rules(WITH_DEA, item(DrugSchedule.CII, 0))).isEmpty();
        assertThat(ControlledSubstancePolicy.check(WITH_DEA, WRITTEN, List.of(refilled), TODAY, YEAR))
                .containsExactly(new Violation(Rule.SCHEDULE_II_NOT_REFILLABLE, Optional.of(refilled.id())));
    }

    @ParameterizedTest
    @EnumSource(
            value = DrugSchedule.class,
            names = {"CIII", "CIV"})
    void schedules_iii_and_iv_allow_five_refills_and_no_sixth(DrugSchedule schedule) {
        assertThat(rules(WITH_DEA, item(schedule, 5))).isEmpty();
        assertThat(rules(WITH_DEA, item(schedule, 6))).containsExactly(Rule.TOO_MANY_REFILLS);
    }

    @Test
    void schedule_v_and_uncontrolled_medicines_refill_as_authorised() {
        assertThat(rules(WITH_DEA, item(DrugSchedule.CV, 11))).isEmpty();
        assertThat(rules(WITHOUT_DEA, uncontrolled(11))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DrugSchedule.class)
    void every_controlled_item_needs_the_prescribers_dea_number(DrugSchedule schedule) {
        assertThat(rules(WITHOUT_DEA, item(schedule, 0), uncontrolled(2))).containsExactly(Rule.DEA_NUMBER_REQUIRED);
    }

    @Test
    void each_broken_rule_is_named_with_its_item() {
        PrescribedItem schedule2 = item(DrugSchedule.CII, 2);
        PrescribedItem schedule4 = item(DrugSchedule.CIV, 9);

        assertThat(ControlledSubstancePolicy.check(WITHOUT_DEA, WRITTEN, List.of(schedule2, schedule4), TODAY, YEAR))
                .containsExactly(
                        new Violation(Rule.DEA_NUMBER_REQUIRED, Optional.of(schedule2.id())),
                        new Violation(Rule.SCHEDULE_II_NOT_REFILLABLE, Optional.of(schedule2.id())),
                        new Violation(Rule.DEA_NUMBER_REQUIRED, Optional.of(schedule4.id())),
                        new Violation(Rule.TOO_MANY_REFILLS, Optional.of(schedule4.id())));
        assertThat(Rule.SCHEDULE_II_NOT_REFILLABLE.code()).isEqualTo("schedule_ii_not_refillable");
    }

    @Test
    void a_prescription_is_not_dated_after_today() {
        assertThat(ControlledSubstancePolicy.check(WITH_DEA, TODAY, List.of(uncontrolled(0)), TODAY, YEAR))
                .isEmpty();
        assertThat(
                        ControlledSubstancePolicy.check(
                                        WITH_DEA, TODAY.plusDays(1), List.of(uncontrolled(0)), TODAY, YEAR)
                                .stream()
                                .map(Violation::rule))
                .containsExactly(Rule.WRITTEN_IN_FUTURE);
    }

    @Test
    void schedules_iii_and_iv_are_filled_up_to_six_months_after_writing_the_rest_for_the_validity() {
        assertThat(ControlledSubstancePolicy.lastFillDay(item(DrugSchedule.CIII, 1), WRITTEN, YEAR))
                .isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(ControlledSubstancePolicy.lastFillDay(item(DrugSchedule.CIV, 1), WRITTEN, YEAR))
                .isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(ControlledSubstancePolicy.lastFillDay(item(DrugSchedule.CII, 0), WRITTEN, YEAR))
                .isEqualTo(LocalDate.of(2027, 6, 15));
        assertThat(ControlledSubstancePolicy.lastFillDay(item(DrugSchedule.CV, 1), WRITTEN, YEAR))
                .isEqualTo(LocalDate.of(2027, 6, 15));
        assertThat(ControlledSubstancePolicy.lastFillDay(uncontrolled(1), WRITTEN, Period.ofMonths(3)))
                .isEqualTo(LocalDate.of(2026, 9, 15));
    }

    @Test
    void a_prescription_whose_every_item_is_past_its_last_day_is_refused_as_expired() {
        LocalDate sevenMonthsOn = WRITTEN.plusMonths(7);

        assertThat(
                        ControlledSubstancePolicy.check(
                                        WITH_DEA, WRITTEN, List.of(item(DrugSchedule.CIV, 1)), sevenMonthsOn, YEAR)
                                .stream()
                                .map(Violation::rule))
                .containsExactly(Rule.PRESCRIPTION_EXPIRED);
        assertThat(ControlledSubstancePolicy.check(
                        WITH_DEA, WRITTEN, List.of(item(DrugSchedule.CIV, 1), uncontrolled(1)), sevenMonthsOn, YEAR))
                .as("one item still fillable")
                .isEmpty();
    }
}
