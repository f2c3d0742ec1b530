package io.apotheca.application.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.prescription.port.out.PrescriptionFills;
import io.apotheca.application.prescription.port.out.PrescriptionFills.ItemOnFile;
import io.apotheca.application.prescription.port.out.Prescriptions;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.prescription.DeaNumber;
import io.apotheca.domain.prescription.ElectronicSource;
import io.apotheca.domain.prescription.PrescribedItem;
import io.apotheca.domain.prescription.Prescriber;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.Prescription.PendingReview;
import io.apotheca.domain.prescription.PrescriptionDocument;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.prescription.PrescriptionStatus;
import io.apotheca.domain.prescription.Transcription;
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
    private static final LocalDate WRITTEN = LocalDate.parse("2026-11-18");
    private static final UserId ANNA = new UserId(UUID.fromString("00000000-0000-7000-8000-00000000a001"));

    /** An order placed by its patient, with one line of a prescription-only medicine. */
    public record PlacedOrder(OrderId id, UserId patient, ProductId medicine) {}

    protected abstract Prescriptions store();

    /** The fills of the same store's prescriptions. */
    protected abstract PrescriptionFills fills();

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
    void a_claim_an_approval_with_its_transcription_and_an_expiry_are_kept() {
        PlacedOrder order = newOrder();
        PendingReview uploaded = upload(order);
        store().add(uploaded);

        PendingReview claimed = uploaded.claim(pharmacist(), NOON);
        store().update(claimed);
        assertThat(store().byId(uploaded.id())).contains(claimed);

        Prescription.Approved approved =
                claimed.approve(pharmacist(), "dose checked", transcribed(order), TODAY.plusDays(3), NOON);
        store().update(approved);
        assertThat(store().byId(uploaded.id())).contains(approved);
        assertThat(store().list(Optional.of(order.patient()), Optional.empty(), Optional.empty(), 10))
                .containsExactly(approved);

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
        store().update(lapsed.approve(pharmacist(), null, asOrdered(order), TODAY, NOON));
        store().update(lastDay.approve(pharmacist(), null, asOrdered(order), TODAY.plusDays(1), NOON));

        List<PrescriptionId> due = store().approvedLapsedBefore(TODAY.plusDays(1), 1000);

        assertThat(due).contains(lapsed.id()).doesNotContain(lastDay.id(), pending.id());
    }

    @Test
    void an_upload_kept_on_file_has_no_order() {
        PlacedOrder order = newOrder();
        PendingReview onFile = Prescription.submit(new Prescription.Submission(
                new PrescriptionId(UUID.randomUUID()),
                Optional.empty(),
                order.patient(),
                new PrescriptionDocument("d".repeat(64), DocumentType.JPEG, 77),
                NOON));

        store().add(onFile);

        assertThat(store().byId(onFile.id())).contains(onFile);
        assertThat(store().ofOrder(order.id())).isEmpty();
    }

    @Test
    void a_prescription_a_system_sent_waits_with_what_it_says_and_is_found_by_its_message() {
        PlacedOrder order = newOrder();
        String message = "m-" + SEQUENCE.incrementAndGet();
        PendingReview received = received(order, message);

        store().add(received);

        assertThat(store().byId(received.id())).contains(received);
        assertThat(store().lockMessage("https://ehr.example/messages", message)).contains(received);
        assertThat(store().lockMessage("https://ehr.example/messages", message + "-other"))
                .isEmpty();
        assertThat(store().lockMessage("https://other.example/messages", message))
                .isEmpty();
        PendingReview claimed = received.claim(pharmacist(), NOON);
        store().update(claimed);
        assertThat(store().byId(received.id())).contains(claimed);
    }

    @Test
    void a_pharmacist_may_approve_what_was_sent_or_a_correction_of_it() {
        PlacedOrder order = newOrder();
        PendingReview asSent = received(order, "m-" + SEQUENCE.incrementAndGet());
        PendingReview corrected = received(order, "m-" + SEQUENCE.incrementAndGet());
        store().add(asSent);
        store().add(corrected);

        Prescription.Approved approvedAsSent =
                asSent.approve(pharmacist(), null, asSent.proposed().orElseThrow(), TODAY.plusDays(30), NOON);
        Prescription.Approved approvedCorrected =
                corrected.approve(pharmacist(), "half the dose", transcribed(order), TODAY.plusDays(30), NOON);
        store().update(approvedAsSent);
        store().update(approvedCorrected);

        assertThat(store().byId(asSent.id())).contains(approvedAsSent);
        assertThat(store().byId(corrected.id())).contains(approvedCorrected);
        assertThat(fills().itemsOf(corrected.id()))
                .extracting(i -> i.item().id())
                .containsExactlyElementsOf(approvedCorrected.transcription().items().stream()
                        .map(PrescribedItem::id)
                        .toList());
    }

    /** A prescription an API client (of the store's making) sent for the order's patient, on file. */
    private PendingReview received(PlacedOrder order, String message) {
        long n = SEQUENCE.incrementAndGet();
        PrescriptionId id =
                new PrescriptionId(new UUID(0x0190_0000_0000_7000L + (n << 16), 0x8000_0000_0000_0000L | n));
        return Prescription.receive(
                new Prescription.Submission(
                        id,
                        Optional.empty(),
                        order.patient(),
                        new PrescriptionDocument(String.format("%064x", n), DocumentType.FHIR_JSON, 2000 + n),
                        NOON.plusSeconds(n),
                        Optional.of(new ElectronicSource(apiClient(), "https://ehr.example/messages", message))),
                transcribed(order));
    }

    /** A prescriber's system (which a store may need to exist). */
    protected UUID apiClient() {
        return UUID.fromString("00000000-0000-7000-8000-00000000c001");
    }

    @Test
    void a_fill_counts_while_reserved_or_dispensed_and_not_once_released() {
        PlacedOrder order = newOrder();
        PendingReview uploaded = upload(order);
        store().add(uploaded);
        Prescription.Approved approved =
                uploaded.approve(pharmacist(), null, transcribed(order), TODAY.plusMonths(6), NOON);
        store().update(approved);
        UUID item = approved.transcription().items().get(0).id();

        assertThat(fills().lockItemsFor(order.patient(), order.medicine()))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.item())
                            .isEqualTo(approved.transcription().items().get(0));
                    assertThat(i.written()).isEqualTo(WRITTEN);
                    assertThat(i.validUntil()).isEqualTo(TODAY.plusMonths(6));
                    assertThat(i.fillsTaken()).isZero();
                    assertThat(i.lastFilled()).isEmpty();
                });
        assertThat(fills().lockItemsFor(order.patient(), new ProductId(UUID.randomUUID())))
                .isEmpty();

        fills().reserve(UUID.randomUUID(), item, order.id(), Quantity.of(2), NOON);
        assertThat(fills().coveredOf(order.id())).containsExactly(order.medicine());
        assertThat(fills().itemsOf(approved.id()))
                .singleElement()
                .satisfies(i -> assertThat(i.fillsTaken()).isEqualTo(1));

        fills().release(order.id(), NOON.plusSeconds(60));
        assertThat(fills().coveredOf(order.id())).isEmpty();
        assertThat(fills().itemsOf(approved.id()).get(0).fillsTaken()).isZero();

        fills().reserve(UUID.randomUUID(), item, order.id(), Quantity.of(2), NOON.plusSeconds(120));
        assertThat(fills().dispense(order.id(), pharmacist(), NOON.plus(2, ChronoUnit.DAYS)))
                .containsExactly(approved.id());
        fills().release(order.id(), NOON.plus(3, ChronoUnit.DAYS)); // a dispensed fill is never given back

        ItemOnFile used = fills().itemsOf(approved.id()).get(0);
        assertThat(used.fillsTaken()).isEqualTo(1);
        assertThat(used.fillsDispensed()).isEqualTo(1);
        assertThat(used.lastFilled()).contains(TODAY.plusDays(2));
        assertThat(fills().fillsOf(List.of(approved.id())).get(approved.id()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.orderId()).isEqualTo(order.id());
                    assertThat(f.quantity()).isEqualTo(Quantity.of(2));
                    assertThat(f.dispensedBy()).contains(pharmacist());
                });
        assertThat(fills().dispensedTo(order.patient(), 10)).hasSize(1);
        assertThat(fills().dispensedTo(newOrder().patient(), 10)).isEmpty();
    }

    /** A transcription naming the order's medicine, with a prescriber, a DEA number and two refills. */
    private static Transcription transcribed(PlacedOrder order) {
        return new Transcription(
                Optional.of(new Prescriber("Dr Jane Brown", "MD-445566", Optional.of(new DeaNumber("AB1234563")))),
                WRITTEN,
                List.of(new PrescribedItem(
                        UUID.randomUUID(),
                        order.medicine(),
                        Optional.empty(),
                        Quantity.of(2),
                        "One tablet twice a day",
                        30,
                        2)));
    }

    private static Transcription asOrdered(PlacedOrder order) {
        return Transcription.asOrdered(
                WRITTEN,
                List.of(new PrescribedItem(
                        UUID.randomUUID(), order.medicine(), Optional.empty(), Quantity.of(1), "As directed", 30, 0)));
    }

    private static PendingReview upload(PlacedOrder order) {
        long n = SEQUENCE.incrementAndGet();
        // time-ordered like the UUIDv7 ids the application makes: later uploads sort later
        PrescriptionId id =
                new PrescriptionId(new UUID(0x0190_0000_0000_7000L + (n << 16), 0x8000_0000_0000_0000L | n));
        return Prescription.submit(new Prescription.Submission(
                id,
                Optional.of(order.id()),
                order.patient(),
                new PrescriptionDocument(String.format("%064x", n), DocumentType.PDF, 1000 + n),
                NOON.plusSeconds(n)));
    }
}
