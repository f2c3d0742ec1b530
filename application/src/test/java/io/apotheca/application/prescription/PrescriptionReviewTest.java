package io.apotheca.application.prescription;

import static io.apotheca.application.memory.Outcomes.done;
import static io.apotheca.application.memory.Outcomes.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.memory.InMemoryPharmacy;
import io.apotheca.application.prescription.port.in.PrescriptionsUseCase;
import io.apotheca.application.prescription.port.in.PrescriptionsUseCase.Upload;
import io.apotheca.application.prescription.port.in.ReviewPrescriptionsUseCase;
import io.apotheca.application.prescription.port.in.ReviewPrescriptionsUseCase.Approval;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.PrescriptionReason;
import io.apotheca.application.shared.Principal;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.LicenceNumber;
import io.apotheca.domain.identity.PharmacistLicence;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderDetails;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.OrderStatus;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.order.ShippingAddress;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.PrescriptionStatus;
import io.apotheca.domain.shared.Money;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The prescription rules through the use cases, on in-memory stores. */
class PrescriptionReviewTest {

    private static final Duration UNPAID_TTL = Duration.ofMinutes(30);
    private static final byte[] PDF = "%PDF-1.7\nprescription".getBytes(StandardCharsets.US_ASCII);
    private static final ShippingAddress HOME = new ShippingAddress("Ada", "1 A St", null, "Oslo", null, "0150", "NO");

    private final InMemoryPharmacy pharmacy = new InMemoryPharmacy(Duration.ofDays(30), UNPAID_TTL, Duration.ofDays(3));
    private final PrescriptionsUseCase prescriptions = PrescriptionUseCases.prescriptions(pharmacy.prescriptionPorts);
    private final ReviewPrescriptionsUseCase review = PrescriptionUseCases.review(pharmacy.prescriptionPorts);

    private final Caller patient = caller(Role.CUSTOMER);
    private final Caller anna = verifiedPharmacist();
    private final Caller ben = verifiedPharmacist();

    @Test
    void approval_by_a_verified_pharmacist_makes_the_order_payable_with_a_fresh_hold() {
        Order order = placeRxOrder(patient);
        Prescription uploaded = done(prescriptions.upload(patient, pdfFor(order)));
        pharmacy.clock.advance(Duration.ofHours(2));

        Prescription approved = done(review.approve(anna, uploaded.id().value(), new Approval("ok", null)));

        assertThat(approved.status()).isEqualTo(PrescriptionStatus.APPROVED);
        assertThat(((Prescription.Approved) approved).validUntil()).isEqualTo(LocalDate.parse("2027-05-21"));
        Order now = pharmacy.orders.byId(order.id()).orElseThrow().order();
        assertThat(now).isInstanceOf(Order.AwaitingPayment.class);
        assertThat(((Order.AwaitingPayment) now).holdExpiresAt())
                .isEqualTo(pharmacy.clock.instant().plus(UNPAID_TTL));
        assertThat(pharmacy.auditLog.actions()).contains("prescription.approved");
        assertThat(pharmacy.outbox.typesOf(order.id().toString())).contains("order.prescription_approved");
    }

    @Test
    void an_order_whose_hold_ran_out_is_neither_approved_nor_given_new_uploads() {
        Order order = placeRxOrder(patient);
        Prescription uploaded = done(prescriptions.upload(patient, pdfFor(order)));
        pharmacy.clock.advance(Duration.ofDays(3));

        assertThat(refusal(review.approve(anna, uploaded.id().value(), new Approval(null, null))))
                .isEqualTo(CommonReason.INVALID_TRANSITION);
        assertThat(refusal(prescriptions.upload(patient, pdfFor(order)))).isEqualTo(CommonReason.INVALID_TRANSITION);
        assertThat(pharmacy.orders.byId(order.id()).orElseThrow().order().status())
                .isEqualTo(OrderStatus.AWAITING_PRESCRIPTION);
    }

    @Test
    void a_decision_is_final() {
        Prescription uploaded = done(prescriptions.upload(patient, pdfFor(placeRxOrder(patient))));
        done(review.reject(anna, uploaded.id().value(), "unsigned"));

        assertThat(refusal(review.approve(ben, uploaded.id().value(), new Approval(null, null))))
                .isEqualTo(CommonReason.INVALID_TRANSITION);
        assertThat(refusal(review.reject(anna, uploaded.id().value(), "again")))
                .isEqualTo(CommonReason.INVALID_TRANSITION);
    }

    @Test
    void a_rejection_needs_a_reason_and_leaves_the_order_waiting_for_another_upload() {
        Order order = placeRxOrder(patient);
        Prescription first = done(prescriptions.upload(patient, pdfFor(order)));

        assertThat(refusal(review.reject(anna, first.id().value(), " "))).isEqualTo(CommonReason.VALIDATION_FAILED);
        done(review.reject(anna, first.id().value(), "illegible"));

        assertThat(pharmacy.orders.byId(order.id()).orElseThrow().order().status())
                .isEqualTo(OrderStatus.AWAITING_PRESCRIPTION);
        Prescription second = done(prescriptions.upload(patient, pdfFor(order)));
        done(review.approve(ben, second.id().value(), new Approval(null, null)));
        assertThat(pharmacy.orders.byId(order.id()).orElseThrow().order().status())
                .isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void three_uploads_of_one_order_may_wait_and_a_decision_makes_room_for_another() {
        Order order = placeRxOrder(patient);
        Prescription first = done(prescriptions.upload(patient, pdfFor(order)));
        done(prescriptions.upload(patient, pdfFor(order)));
        done(prescriptions.upload(patient, pdfFor(order)));

        assertThat(refusal(prescriptions.upload(patient, pdfFor(order))))
                .isEqualTo(PrescriptionReason.TOO_MANY_PENDING_UPLOADS);
        assertThat(pharmacy.prescriptions.ofOrder(order.id())).hasSize(3);
        done(prescriptions.upload(patient, pdfFor(placeRxOrder(patient))));

        done(review.reject(anna, first.id().value(), "illegible"));
        done(prescriptions.upload(patient, pdfFor(order)));
        assertThat(pharmacy.prescriptions.ofOrder(order.id())).hasSize(4);
    }

    @Test
    void five_uploads_of_one_patient_may_wait_and_a_sixth_waits_for_a_decision() {
        List<Prescription> waiting = new java.util.ArrayList<>();
        for (int i = 0; i < InMemoryPharmacy.PENDING_PER_PATIENT; i++) {
            waiting.add(done(prescriptions.upload(patient, pdfFor(placeRxOrder(patient)))));
        }
        Order another = placeRxOrder(patient);

        assertThat(refusal(prescriptions.upload(patient, pdfFor(another))))
                .isEqualTo(PrescriptionReason.TOO_MANY_PENDING_UPLOADS);
        assertThat(pharmacy.prescriptions.ofOrder(another.id())).isEmpty();
        done(review.approve(anna, waiting.get(0).id().value(), new Approval(null, null)));
        done(prescriptions.upload(patient, pdfFor(another)));
    }

    @Test
    void a_colleagues_claim_blocks_decisions_until_it_lapses() {
        Prescription uploaded = done(prescriptions.upload(patient, pdfFor(placeRxOrder(patient))));
        done(review.claim(anna, uploaded.id().value()));

        assertThat(refusal(review.approve(ben, uploaded.id().value(), new Approval(null, null))))
                .isEqualTo(PrescriptionReason.PRESCRIPTION_CLAIMED);
        assertThat(refusal(review.claim(ben, uploaded.id().value())))
                .isEqualTo(PrescriptionReason.PRESCRIPTION_CLAIMED);

        pharmacy.clock.advance(Duration.ofMinutes(10));
        assertThat(done(review.reject(ben, uploaded.id().value(), "expired script"))
                        .status())
                .isEqualTo(PrescriptionStatus.REJECTED);
    }

    @Test
    void only_verified_pharmacists_review_and_never_their_own_order() {
        Prescription uploaded = done(prescriptions.upload(patient, pdfFor(placeRxOrder(patient))));
        UUID id = uploaded.id().value();
        Caller unverified = caller(Role.PHARMACIST);
        Caller admin = caller(Role.ADMIN);

        assertThat(refusal(review.approve(patient, id, new Approval(null, null))))
                .isEqualTo(CommonReason.FORBIDDEN);
        assertThat(refusal(review.approve(admin, id, new Approval(null, null)))).isEqualTo(CommonReason.FORBIDDEN);
        assertThat(refusal(review.approve(unverified, id, new Approval(null, null))))
                .isEqualTo(CommonReason.FORBIDDEN);
        assertThat(refusal(review.claim(admin, id))).isEqualTo(CommonReason.FORBIDDEN);

        Order annasOwn = placeRxOrder(anna); // a pharmacist's own order, placed as a patient
        Prescription own = done(prescriptions.upload(
                new Caller(
                        Optional.of(new Principal(
                                anna.principal().orElseThrow().userId(), Role.CUSTOMER, UUID.randomUUID())),
                        "t",
                        "127.0.0.1"),
                pdfFor(annasOwn)));
        assertThat(refusal(review.approve(anna, own.id().value(), new Approval(null, null))))
                .isEqualTo(CommonReason.FORBIDDEN);
        assertThat(pharmacy.prescriptions.byId(own.id()).orElseThrow().status())
                .isEqualTo(PrescriptionStatus.PENDING_REVIEW);
    }

    @Test
    void uploads_go_only_to_the_patients_own_order_awaiting_its_prescription() {
        Order order = placeRxOrder(patient);
        Caller stranger = caller(Role.CUSTOMER);

        assertThat(refusal(prescriptions.upload(stranger, pdfFor(order)))).isEqualTo(CommonReason.NOT_FOUND);
        assertThat(refusal(prescriptions.upload(patient, pdfFor(placeOtcOrder(patient)))))
                .isEqualTo(CommonReason.INVALID_TRANSITION);
        assertThat(pharmacy.prescriptions.ofOrder(order.id())).isEmpty();
    }

    @Test
    void the_content_decides_the_type_and_a_disagreeing_name_or_type_is_refused() {
        Order order = placeRxOrder(patient);
        byte[] text = "not a pdf at all".getBytes(StandardCharsets.US_ASCII);

        assertThat(refusal(prescriptions.upload(patient, upload(order, text, "script.pdf", "application/pdf"))))
                .isEqualTo(CommonReason.UNSUPPORTED_MEDIA_TYPE);
        assertThat(refusal(prescriptions.upload(patient, upload(order, PDF, "script.png", "application/pdf"))))
                .isEqualTo(CommonReason.UNSUPPORTED_MEDIA_TYPE);
        assertThat(refusal(prescriptions.upload(patient, upload(order, PDF, "script.pdf", "image/jpeg"))))
                .isEqualTo(CommonReason.UNSUPPORTED_MEDIA_TYPE);
        assertThat(pharmacy.prescriptions.ofOrder(order.id())).isEmpty();
    }

    @Test
    void a_document_over_ten_megabytes_is_refused() {
        Order order = placeRxOrder(patient);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        assertThat(refusal(prescriptions.upload(patient, upload(order, big, "big.pdf", "application/pdf"))))
                .isEqualTo(CommonReason.PAYLOAD_TOO_LARGE);
        assertThat(pharmacy.prescriptions.ofOrder(order.id())).isEmpty();
    }

    @Test
    void the_document_is_read_by_the_patient_and_pharmacists_and_every_reading_is_audited() throws IOException {
        Prescription uploaded = done(prescriptions.upload(patient, pdfFor(placeRxOrder(patient))));
        UUID id = uploaded.id().value();

        try (var content = done(prescriptions.document(patient, id)).content()) {
            assertThat(content.readAllBytes()).isEqualTo(PDF);
        }
        done(prescriptions.document(anna, id)).content().close();
        assertThat(refusal(prescriptions.document(caller(Role.CUSTOMER), id))).isEqualTo(CommonReason.NOT_FOUND);
        assertThat(refusal(prescriptions.document(caller(Role.PHARMACIST), id))).isEqualTo(CommonReason.NOT_FOUND);

        assertThat(pharmacy.auditLog.actions().stream()
                        .filter("prescription.document_viewed"::equals)
                        .count())
                .isEqualTo(2);
    }

    @Test
    void the_queue_is_for_verified_pharmacists_and_patients_see_only_their_own() {
        Prescription mine = done(prescriptions.upload(patient, pdfFor(placeRxOrder(patient))));
        Caller other = caller(Role.CUSTOMER);
        Prescription theirs = done(prescriptions.upload(other, pdfFor(placeRxOrder(other))));
        var pending = Optional.of(PrescriptionStatus.PENDING_REVIEW);
        var page = new io.apotheca.application.shared.PageRequest(Optional.empty(), 20);

        assertThat(done(prescriptions.list(anna, pending, page)).items())
                .extracting(PrescriptionsUseCase.OnFile::prescription)
                .containsExactly(mine, theirs);
        assertThat(done(prescriptions.list(patient, Optional.empty(), page)).items())
                .extracting(PrescriptionsUseCase.OnFile::prescription)
                .containsExactly(mine);
        assertThat(refusal(prescriptions.list(caller(Role.PHARMACIST), pending, page)))
                .isEqualTo(CommonReason.FORBIDDEN);
    }

    @Test
    void approved_prescriptions_expire_after_their_last_valid_day() {
        Prescription uploaded = done(prescriptions.upload(patient, pdfFor(placeRxOrder(patient))));
        LocalDate lastDay = LocalDate.parse("2026-11-25");
        done(review.approve(anna, uploaded.id().value(), new Approval(null, lastDay)));
        var expiry = PrescriptionUseCases.expiry(pharmacy.prescriptionPorts);

        pharmacy.clock.advance(Duration.ofDays(4));
        assertThat(expiry.expireDue()).isZero();
        pharmacy.clock.advance(Duration.ofDays(1));
        assertThat(expiry.expireDue()).isEqualTo(1);
        assertThat(expiry.expireDue()).isZero();

        assertThat(pharmacy.prescriptions.byId(uploaded.id()).orElseThrow().status())
                .isEqualTo(PrescriptionStatus.EXPIRED);
    }

    @Test
    void an_approval_valid_only_in_the_past_or_beyond_a_year_is_invalid() {
        Prescription uploaded = done(prescriptions.upload(patient, pdfFor(placeRxOrder(patient))));
        UUID id = uploaded.id().value();

        assertThat(refusal(review.approve(anna, id, new Approval(null, LocalDate.parse("2026-11-20")))))
                .isEqualTo(CommonReason.VALIDATION_FAILED);
        assertThat(refusal(review.approve(anna, id, new Approval(null, LocalDate.parse("2027-11-22")))))
                .isEqualTo(CommonReason.VALIDATION_FAILED);
    }

    private Order placeRxOrder(Caller customer) {
        return place(customer, true);
    }

    private Order placeOtcOrder(Caller customer) {
        return place(customer, false);
    }

    private Order place(Caller customer, boolean rx) {
        OrderLine line = new OrderLine(
                new ProductId(UUID.randomUUID()),
                rx ? "Amoxicillin" : "Paracetamol",
                Quantity.of(1),
                Money.of(1299, "USD"),
                rx,
                List.of());
        Order.Open order = Order.place(
                new OrderDetails(
                        new OrderId(pharmacy.ids.next()),
                        customer.principal().orElseThrow().userId(),
                        List.of(line),
                        pharmacy.clock.instant()),
                pharmacy.clock.instant(),
                UNPAID_TTL,
                Duration.ofDays(3));
        pharmacy.orders.add(order, HOME);
        return order;
    }

    private static Upload pdfFor(Order order) {
        return upload(order, PDF, "script.pdf", "application/pdf");
    }

    private static Upload upload(Order order, byte[] content, String name, String type) {
        return new Upload(order.id().value(), Optional.of(name), Optional.of(type), new ByteArrayInputStream(content));
    }

    private Caller verifiedPharmacist() {
        Caller caller = caller(Role.PHARMACIST);
        UserId id = caller.principal().orElseThrow().userId();
        PharmacistLicence.PendingVerification pending = new PharmacistLicence.PendingVerification(
                id, new LicenceNumber("PH-" + id.value().toString().substring(0, 8), "CA"), pharmacy.clock.instant());
        pharmacy.licences.add(pending);
        pharmacy.licences.update(pending.approve(new UserId(UUID.randomUUID()), pharmacy.clock.instant()));
        return caller;
    }

    private static Caller caller(Role role) {
        return new Caller(
                Optional.of(new Principal(new UserId(UUID.randomUUID()), role, UUID.randomUUID())),
                "test",
                "127.0.0.1");
    }
}
