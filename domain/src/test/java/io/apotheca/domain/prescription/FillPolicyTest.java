package io.apotheca.domain.prescription;

import static io.apotheca.domain.prescription.Transcriptions.item;
import static io.apotheca.domain.prescription.Transcriptions.uncontrolled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.catalog.DrugSchedule;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.prescription.FillPolicy.Rules;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FillPolicyTest {

    private static final LocalDate WRITTEN = LocalDate.of(2026, 3, 1);
    private static final LocalDate DISPENSED = LocalDate.of(2026, 3, 2);
    private static final Quantity FULL = Quantity.of(30);

    private static FillPolicy.Decision decide(PrescribedItem item, int taken, LocalDate today) {
        return FillPolicy.decide(item, WRITTEN, taken, Optional.of(DISPENSED), FULL, today, Rules.DEFAULT);
    }

    @Test
    void the_first_fill_of_an_item_on_file_is_allowed_at_once() {
        assertThat(FillPolicy.decide(uncontrolled(2), WRITTEN, 0, Optional.empty(), FULL, WRITTEN, Rules.DEFAULT))
                .isEqualTo(new FillPolicy.Allowed());
    }

    @Test
    void two_refills_serve_three_fills_and_then_the_item_is_exhausted() {
        PrescribedItem item = uncontrolled(2);
        LocalDate later = DISPENSED.plusDays(60);

        assertThat(decide(item, 1, later)).isEqualTo(new FillPolicy.Allowed());
        assertThat(decide(item, 2, later)).isEqualTo(new FillPolicy.Allowed());
        assertThat(decide(item, 3, later)).isEqualTo(new FillPolicy.Exhausted());
    }

    @Test
    void a_refill_of_a_thirty_day_supply_waits_for_three_quarters_of_it_rounded_up_to_the_day() {
        PrescribedItem item = uncontrolled(2);
        LocalDate allowedFrom = DISPENSED.plusDays(23); // 75 % of 30 days is 22.5

        assertThat(decide(item, 1, DISPENSED.plusDays(10))).isEqualTo(new FillPolicy.TooSoon(allowedFrom));
        assertThat(decide(item, 1, allowedFrom.minusDays(1))).isEqualTo(new FillPolicy.TooSoon(allowedFrom));
        assertThat(decide(item, 1, allowedFrom)).isEqualTo(new FillPolicy.Allowed());
    }

    @Test
    void a_controlled_medicine_is_never_refilled_early() {
        PrescribedItem item = item(DrugSchedule.CIV, 2);
        LocalDate allowedFrom = DISPENSED.plusDays(30);

        assertThat(decide(item, 1, allowedFrom.minusDays(1))).isEqualTo(new FillPolicy.TooSoon(allowedFrom));
        assertThat(decide(item, 1, allowedFrom)).isEqualTo(new FillPolicy.Allowed());
    }

    @Test
    void the_share_is_the_pharmacys_setting() {
        Rules half = new Rules(Period.ofYears(1), 50);

        assertThat(FillPolicy.nextFillDay(uncontrolled(1), DISPENSED, half)).isEqualTo(DISPENSED.plusDays(15));
        assertThat(FillPolicy.nextFillDay(uncontrolled(1), DISPENSED, new Rules(Period.ofYears(1), 0)))
                .isEqualTo(DISPENSED);
        assertThatThrownBy(() -> new Rules(Period.ofYears(1), 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rules(Period.ZERO, 75)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_schedule_iv_fill_seven_months_after_writing_is_refused_and_six_months_on_the_day_is_not() {
        PrescribedItem item = item(DrugSchedule.CIV, 5);
        LocalDate lastDay = WRITTEN.plusMonths(6);

        assertThat(decide(item, 1, lastDay)).isEqualTo(new FillPolicy.Allowed());
        assertThat(decide(item, 1, lastDay.plusDays(1))).isEqualTo(new FillPolicy.Expired(lastDay));
        assertThat(decide(item, 1, WRITTEN.plusMonths(7))).isEqualTo(new FillPolicy.Expired(lastDay));
    }

    @Test
    void an_uncontrolled_item_is_filled_until_a_year_after_writing() {
        LocalDate lastDay = WRITTEN.plusYears(1);

        assertThat(decide(uncontrolled(9), 1, lastDay)).isEqualTo(new FillPolicy.Allowed());
        assertThat(decide(uncontrolled(9), 1, lastDay.plusDays(1))).isEqualTo(new FillPolicy.Expired(lastDay));
    }

    @Test
    void a_fill_holds_no_more_than_the_quantity_per_fill() {
        PrescribedItem item = uncontrolled(1);

        assertThat(FillPolicy.decide(item, WRITTEN, 0, Optional.empty(), Quantity.of(31), WRITTEN, Rules.DEFAULT))
                .isEqualTo(new FillPolicy.OverQuantity(Quantity.of(30)));
        assertThat(FillPolicy.decide(item, WRITTEN, 0, Optional.empty(), Quantity.of(10), WRITTEN, Rules.DEFAULT))
                .isEqualTo(new FillPolicy.Allowed());
    }
}
