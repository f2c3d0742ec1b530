package io.apotheca.application.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.prescription.port.out.Prescriptions;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.Prescription.PendingReview;
import io.apotheca.domain.prescription.PrescriptionDocument;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.prescription.PrescriptionStatus;
import io.apotheca.domain.shared.DocumentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Prescriptions} store must do. Each adapter's test extends this class and says
 * how to make the store and an order (with its patient) that prescriptions can be uploaded for.
 */
public abstract class PrescriptionsContract {

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-21");
    private static final UserId ANNA = new UserId(UUID.fromString("00000000-0000-7000-8000-00000000a001"));

    /** An order placed by its patient. */
    public record PlacedOrder(OrderId id, UserId patient) {}

    protected abstract Prescriptions store();

    /** A new order of a new patient. */
    protected abstract PlacedOrder newOrder();

    /** A verified pharmacist who reviews (and whose id a store may need to exist). */
    protected UserId pharmacist() {
        return ANNA;
    }

    @Test
    void an_upload_reads_back_as_it_was_added() {
        PendingReview uploaded = upload(newOrder());

        store().add(uploaded);

        assertThat(store().byId(uploaded.id())).contains(uploaded);
        assertThat(store().lock(uploaded.id())).contains(uploaded);
        assertThat(store().byId(new PrescriptionId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void a_claim_an_approval_and_an_expiry_are_kept() {
        PendingReview uploaded = upload(newOrder());
        store().add(uploaded);

        PendingReview claimed = uploaded.claim(pharmacist(), NOON);
        store().update(claimed);
        assertThat(store().byId(uploaded.id())).contains(claimed);

        Prescription.Approved approved = claimed.approve(pharmacist(), "dose checked", TODAY.plusDays(3), NOON);
        store().update(approved);
        assertThat(store().byId(uploaded.id())).contains(approved);

        Prescription.Expired expired = approved.expire(NOON.plus(5, ChronoUnit.DAYS));
        store().update(expired);
        assertThat(store().byId(uploaded.id())).contains(expired);
    }

    @Test
    void a_rejection_is_kept_with_its_reason() {
        PendingReview uploaded = upload(newOrder());
        store().add(uploaded);

        Prescription.Rejected rejected = uploaded.reject(pharmacist(), "unsigned", NOON);
        store().update(rejected);

        assertThat(store().byId(uploaded.id())).contains(rejected);
    }

    @Test
    void an_orders_prescriptions_are_listed_oldest_first_and_only_its_own() {
        PlacedOrder order = newOrder();
        PendingReview first = upload(order);
        PendingReview second = upload(order);
        PendingReview elsewhere = upload(newOrder());
        store().add(second);
        store().add(first);
        store().add(elsewhere);

        assertThat(store().ofOrder(order.id())).containsExactly(first, second);
    }

    @Test
    void only_a_patients_uploads_still_waiting_for_review_count_as_pending() {
        PlacedOrder order = newOrder();
        List<PendingReview> uploads = List.of(upload(order), upload(order), upload(order));
        uploads.forEach(store()::add);
        store().add(upload(newOrder()));
        store().update(uploads.get(1).reject(pharmacist(), "unreadable", NOON));

        assertThat(store().lockPendingOf(order.patient())).isEqualTo(2);
    }

    @Test
    void a_patients_prescriptions_are_paged_oldest_first_by_status() {
        PlacedOrder order = newOrder();
        List<PendingReview> uploads = List.of(upload(order), upload(order), upload(order), upload(order));
        uploads.forEach(store()::add);
        store().add(upload(newOrder()));
        store().update(uploads.get(1).reject(pharmacist(), "unreadable", NOON));

        Optional<UserId> patient = Optional.of(order.patient());
        List<Prescription> pending =
                store().list(patient, Optional.of(PrescriptionStatus.PENDING_REVIEW), Optional.empty(), 2);
        List<Prescription> rest = store().list(
                        patient,
                        Optional.of(PrescriptionStatus.PENDING_REVIEW),
                        Optional.of(pending.get(1).id()),
                        2);

        assertThat(pending).containsExactly(uploads.get(0), uploads.get(2));
        assertThat(rest).containsExactly(uploads.get(3));
        assertThat(store().list(patient, Optional.empty(), Optional.empty(), 10))
                .hasSize(4);
        assertThat(store().list(Optional.empty(), Optional.empty(), Optional.empty(), 100))
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void only_approvals_past_their_last_valid_day_are_due_to_expire() {
        PlacedOrder order = newOrder();
        PendingReview lapsed = upload(order);
        PendingReview lastDay = upload(order);
        PendingReview pending = upload(order);
        List.of(lapsed, lastDay, pending).forEach(store()::add);
        store().update(lapsed.approve(pharmacist(), null, TODAY, NOON));
        store().update(lastDay.approve(pharmacist(), null, TODAY.plusDays(1), NOON));

        List<PrescriptionId> due = store().approvedLapsedBefore(TODAY.plusDays(1), 1000);

        assertThat(due).contains(lapsed.id()).doesNotContain(lastDay.id(), pending.id());
    }

    private static PendingReview upload(PlacedOrder order) {
        long n = SEQUENCE.incrementAndGet();
        // time-ordered like the UUIDv7 ids the application makes: later uploads sort later
        PrescriptionId id =
                new PrescriptionId(new UUID(0x0190_0000_0000_7000L + (n << 16), 0x8000_0000_0000_0000L | n));
        return Prescription.submit(new Prescription.Submission(
                id,
                order.id(),
                order.patient(),
                new PrescriptionDocument(String.format("%064x", n), DocumentType.PDF, 1000 + n),
                NOON.plusSeconds(n)));
    }
}
