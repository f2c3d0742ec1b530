package io.apotheca.domain.prescription;

import static io.apotheca.domain.prescription.Transcriptions.WITHOUT_DEA;
import static io.apotheca.domain.prescription.Transcriptions.WITH_DEA;
import static io.apotheca.domain.prescription.Transcriptions.item;
import static io.apotheca.domain.prescription.Transcriptions.uncontrolled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.catalog.DrugSchedule;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.Quantity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TranscriptionTest {

    private static final LocalDate WRITTEN = LocalDate.of(2026, 11, 20);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void a_transcription_that_keeps_the_rules_is_accepted_and_finds_its_items() {
        PrescribedItem statin = uncontrolled(5);

        Transcription.Outcome outcome =
                Transcription.of(WITHOUT_DEA, WRITTEN, List.of(statin), TODAY, Period.ofYears(1));

        assertThat(outcome).isInstanceOf(Transcription.Accepted.class);
        Transcription transcription = ((Transcription.Accepted) outcome).transcription();
        assertThat(transcription.item(statin.id())).contains(statin);
        assertThat(transcription.item(UUID.randomUUID())).isEmpty();
    }

    @Test
    void one_that_breaks_a_rule_is_refused_with_every_rule_it_breaks() {
        Transcription.Outcome outcome =
                Transcription.of(WITHOUT_DEA, WRITTEN, List.of(item(DrugSchedule.CII, 1)), TODAY, Period.ofYears(1));

        assertThat(outcome).isInstanceOf(Transcription.Refused.class);
        assertThat(((Transcription.Refused) outcome).violations())
                .extracting(ControlledSubstancePolicy.Violation::rule)
                .containsExactly(
                        ControlledSubstancePolicy.Rule.DEA_NUMBER_REQUIRED,
                        ControlledSubstancePolicy.Rule.SCHEDULE_II_NOT_REFILLABLE);
    }

    @Test
    void a_prescription_names_a_medicine_at_least_once_and_each_only_once() {
        PrescribedItem statin = uncontrolled(1);
        PrescribedItem sameProduct = new PrescribedItem(
                UUID.randomUUID(), statin.productId(), statin.schedule(), Quantity.of(10), "twice daily", 10, 0);

        assertThatThrownBy(() -> new Transcription(Optional.of(WITH_DEA), WRITTEN, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Transcription(Optional.of(WITH_DEA), WRITTEN, List.of(statin, sameProduct)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_item_allows_its_first_fill_and_its_refills_within_sane_bounds() {
        assertThat(uncontrolled(2).fillsAuthorised()).isEqualTo(3);
        assertThat(item(DrugSchedule.CV, 0).controlled()).isTrue();
        assertThat(uncontrolled(0).controlled()).isFalse();
        assertThatThrownBy(() -> new PrescribedItem(
                        UUID.randomUUID(), statinProduct(), java.util.Optional.empty(), Quantity.of(1), "", 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrescribedItem(
                        UUID.randomUUID(), statinProduct(), java.util.Optional.empty(), Quantity.of(1), "", 30, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_reserved_fill_is_dispensed_once() {
        Fill reserved = Fill.reserved(
                UUID.randomUUID(),
                new OrderId(UUID.randomUUID()),
                Quantity.of(30),
                Instant.parse("2026-12-03T10:00:00Z"));
        UserId pharmacist = new UserId(UUID.randomUUID());

        Fill dispensed = reserved.dispensed(List.of(), pharmacist, Instant.parse("2026-12-04T09:00:00Z"));

        assertThat(reserved.dispensing()).isEmpty();
        assertThat(dispensed.dispensing())
                .get()
                .extracting(Fill.Dispensing::pharmacist)
                .isEqualTo(pharmacist);
        assertThatThrownBy(() -> dispensed.dispensed(List.of(), pharmacist, Instant.now()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void schedules_are_read_from_their_codes() {
        assertThat(DrugSchedule.ofCode("cii")).contains(DrugSchedule.CII);
        assertThat(DrugSchedule.ofCode(" CIV ")).contains(DrugSchedule.CIV);
        assertThat(DrugSchedule.ofCode("CI")).isEmpty();
        assertThat(DrugSchedule.ofCode(null)).isEmpty();
    }

    private static io.apotheca.domain.catalog.ProductId statinProduct() {
        return new io.apotheca.domain.catalog.ProductId(UUID.randomUUID());
    }
}
