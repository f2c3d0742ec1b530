package io.apotheca.domain.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderDetails;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.prescription.Prescription.Approved;
import io.apotheca.domain.prescription.Prescription.Expired;
import io.apotheca.domain.prescription.Prescription.PendingReview;
import io.apotheca.domain.prescription.Prescription.Rejected;
import io.apotheca.domain.shared.DocumentType;
import io.apotheca.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PrescriptionTest {

    private static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-21");
    private static final UserId PATIENT = new UserId(new UUID(2, 1));
    private static final UserId ANNA = new UserId(new UUID(3, 1));
    private static final UserId BEN = new UserId(new UUID(3, 2));
    private static final OrderId ORDER = new OrderId(new UUID(4, 1));
    private static final Transcription TRANSCRIPTION =
            Transcription.asOrdered(TODAY, List.of(Transcriptions.uncontrolled(0)));

    @Test
    void an_upload_waits_for_review_unclaimed() {
        PendingReview pending = uploaded();

        assertThat(pending.status()).isEqualTo(PrescriptionStatus.PENDING_REVIEW);
        assertThat(pending.lease()).isEmpty();
    }

    @Test
    void a_claim_keeps_other_pharmacists_from_deciding_for_ten_minutes() {
        PendingReview claimed = uploaded().claim(ANNA, NOON);

        assertThat(claimed.lease().orElseThrow().until()).isEqualTo(NOON.plus(Duration.ofMinutes(10)));
        assertThat(claimed.claimedByAnother(BEN, NOON.plus(Duration.ofMinutes(9))))
                .isTrue();
        assertThat(claimed.claimedByAnother(ANNA, NOON.plus(Duration.ofMinutes(9))))
                .isFalse();
        assertThatThrownBy(() -> claimed.approve(BEN, null, TRANSCRIPTION, TODAY, NOON.plus(Duration.ofMinutes(1))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> claimed.claim(BEN, NOON.plus(Duration.ofMinutes(1))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_lapsed_claim_lets_another_pharmacist_decide() {
        PendingReview claimed = uploaded().claim(ANNA, NOON);
        Instant later = NOON.plus(Duration.ofMinutes(10));

        assertThat(claimed.claimedByAnother(BEN, later)).isFalse();
        assertThat(claimed.reject(BEN, "illegible", later).review().reviewer()).isEqualTo(BEN);
    }

    @Test
    void an_approval_records_the_reviewer_notes_and_validity() {
        Approved approved =
                uploaded().approve(ANNA, "checked with prescriber", TRANSCRIPTION, TODAY.plusMonths(3), NOON);

        assertThat(approved.status()).isEqualTo(PrescriptionStatus.APPROVED);
        assertThat(approved.review()).isEqualTo(new Prescription.Review(ANNA, NOON, "checked with prescriber"));
        assertThat(approved.validOn(TODAY.plusMonths(3))).isTrue();
        assertThat(approved.validOn(TODAY.plusMonths(3).plusDays(1))).isFalse();
    }

    @Test
    void an_approval_cannot_be_valid_only_in_the_past() {
        assertThatThrownBy(() -> uploaded().approve(ANNA, null, TRANSCRIPTION, TODAY.minusDays(1), NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_rejection_needs_a_reason() {
        assertThatThrownBy(() -> uploaded().reject(ANNA, "  ", NOON)).isInstanceOf(IllegalArgumentException.class);
        Rejected rejected = uploaded().reject(ANNA, " expired script ", NOON);
        assertThat(rejected.review().remark()).isEqualTo("expired script");
        assertThat(rejected.status()).isEqualTo(PrescriptionStatus.REJECTED);
    }

    @Test
    void an_approved_prescription_expires_only_after_its_last_valid_day() {
        Approved approved = uploaded().approve(ANNA, null, TRANSCRIPTION, TODAY, NOON);

        assertThatThrownBy(() -> approved.expire(Instant.parse("2026-11-21T23:59:59Z")))
                .isInstanceOf(IllegalStateException.class);
        Expired expired = approved.expire(Instant.parse("2026-11-22T00:00:00Z"));
        assertThat(expired.status()).isEqualTo(PrescriptionStatus.EXPIRED);
        assertThat(expired.validUntil()).isEqualTo(TODAY);
    }

    @Test
    void an_approved_prescription_is_exhausted_keeping_its_transcription() {
        Approved approved = uploaded().approve(ANNA, null, TRANSCRIPTION, TODAY, NOON);

        Prescription.Exhausted exhausted = approved.exhaust(NOON.plusSeconds(60));

        assertThat(exhausted.status()).isEqualTo(PrescriptionStatus.EXHAUSTED);
        assertThat(exhausted.transcribed()).contains(TRANSCRIPTION);
        assertThat(exhausted.decision()).contains(approved.review());
        assertThat(uploaded().transcribed()).isEmpty();
    }

    @Test
    void an_approval_without_a_transcription_covers_no_controlled_medicine_and_no_refill() {
        assertThatThrownBy(() -> Transcription.asOrdered(TODAY, List.of(Transcriptions.uncontrolled(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Transcription.asOrdered(
                        TODAY, List.of(Transcriptions.item(io.apotheca.domain.catalog.DrugSchedule.CV, 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TRANSCRIPTION.prescriber()).isEmpty();
    }

    @Test
    void an_order_is_covered_when_every_prescription_only_line_has_a_fill() {
        OrderLine rx = line(true);
        OrderLine otherRx = line(true);
        Order.Open order = Order.place(
                new OrderDetails(ORDER, PATIENT, List.of(rx, otherRx, line(false)), NOON),
                NOON,
                Duration.ofMinutes(30),
                Duration.ofDays(3));

        assertThat(PrescriptionCoverage.coversEveryPrescriptionLine(order, Set.of()))
                .isFalse();
        assertThat(PrescriptionCoverage.coversEveryPrescriptionLine(order, Set.of(rx.productId())))
                .isFalse();
        assertThat(PrescriptionCoverage.coversEveryPrescriptionLine(order, Set.of(rx.productId(), otherRx.productId())))
                .isTrue();
    }

    @Test
    void an_order_without_prescription_lines_needs_no_prescription() {
        Order.Open order = Order.place(
                new OrderDetails(ORDER, PATIENT, List.of(line(false)), NOON),
                NOON,
                Duration.ofMinutes(30),
                Duration.ofDays(3));

        assertThat(PrescriptionCoverage.coversEveryPrescriptionLine(order, Set.of()))
                .isTrue();
    }

    @Test
    void a_document_is_named_by_its_sha256_and_at_most_ten_megabytes() {
        assertThatThrownBy(() -> new PrescriptionDocument("../../etc/passwd", DocumentType.PDF, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrescriptionDocument("a".repeat(64), DocumentType.PDF, 10L * 1024 * 1024 + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PrescriptionDocument("a".repeat(64), DocumentType.PDF, 10L * 1024 * 1024).size())
                .isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void a_prescription_a_prescribers_system_sent_waits_with_what_it_says_and_keeps_it_when_claimed() {
        Transcription sent = new Transcription(
                Optional.of(Transcriptions.WITHOUT_DEA), TODAY, List.of(Transcriptions.uncontrolled(2)));
        ElectronicSource source = new ElectronicSource(new UUID(6, 1), "https://ehr.example/messages", "m-1");
        PendingReview received = Prescription.receive(
                new Prescription.Submission(id(2), Optional.empty(), PATIENT, document(), NOON, Optional.of(source)),
                sent);

        assertThat(received.currentTranscription()).contains(sent);
        assertThat(received.transcribed()).isEmpty();
        assertThat(received.lastValidDay()).isEmpty();
        PendingReview claimed = received.claim(ANNA, NOON);
        assertThat(claimed.proposed()).contains(sent);
        Approved approved = claimed.approve(ANNA, null, sent, TODAY.plusMonths(6), NOON);
        assertThat(approved.currentTranscription()).contains(sent);
        assertThat(approved.lastValidDay()).contains(TODAY.plusMonths(6));
        assertThat(uploaded().currentTranscription()).isEmpty();
    }

    @Test
    void only_a_prescribers_system_sends_and_never_for_an_order() {
        Transcription sent = new Transcription(
                Optional.of(Transcriptions.WITHOUT_DEA), TODAY, List.of(Transcriptions.uncontrolled(0)));
        ElectronicSource source = new ElectronicSource(new UUID(6, 1), "https://ehr.example/messages", "m-1");

        assertThatThrownBy(() -> Prescription.receive(
                        new Prescription.Submission(id(3), Optional.empty(), PATIENT, document(), NOON), sent))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Prescription.receive(
                        new Prescription.Submission(
                                id(3), Optional.of(ORDER), PATIENT, document(), NOON, Optional.of(source)),
                        sent))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ElectronicSource(new UUID(6, 1), "", "m-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PendingReview uploaded() {
        return Prescription.submit(new Prescription.Submission(id(1), Optional.of(ORDER), PATIENT, document(), NOON));
    }

    private static PrescriptionDocument document() {
        return new PrescriptionDocument("ab".repeat(32), DocumentType.PDF, 1234);
    }

    private static PrescriptionId id(long n) {
        return new PrescriptionId(new UUID(5, n));
    }

    private static OrderLine line(boolean rx) {
        return new OrderLine(
                new ProductId(UUID.randomUUID()),
                rx ? "Amoxicillin" : "Paracetamol",
                Quantity.of(1),
                Money.of(500, "USD"),
                rx,
                List.of());
    }
}
