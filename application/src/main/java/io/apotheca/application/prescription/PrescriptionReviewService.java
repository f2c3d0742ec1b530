package io.apotheca.application.prescription;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.OrderPrescriptionApproved;
import io.apotheca.application.events.PharmacyEvent.PrescriptionApproved;
import io.apotheca.application.events.PharmacyEvent.PrescriptionRejected;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.order.port.out.PrescriptionsOnFile;
import io.apotheca.application.prescription.port.in.ReviewPrescriptionsUseCase;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.PrescriptionReason;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.catalog.DrugSchedule;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.prescription.PrescribedItem;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.Prescription.PendingReview;
import io.apotheca.domain.prescription.PrescriptionCoverage;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.prescription.ReviewerPolicy;
import io.apotheca.domain.prescription.Transcription;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** A verified pharmacist's claim and decisions, each in one transaction with its audit entry. */
final class PrescriptionReviewService implements ReviewPrescriptionsUseCase {

    /** The directions of an item approved as its order stood, without a transcription. */
    static final String AS_ORDERED_DIRECTIONS = "As directed (approved for its order without a transcription)";
    /** A month: with no refills, an item approved as its order stood is never gated by its supply. */
    static final int AS_ORDERED_DAYS_SUPPLY = 30;

    private final PrescriptionPorts ports;

    PrescriptionReviewService(PrescriptionPorts ports) {
        this.ports = ports;
    }

    /** One step of a review, on a pending prescription that is not another pharmacist's claim. */
    @FunctionalInterface
    private interface Step {
        Outcome<Prescription> take(PendingReview pending, Optional<Order> order, Principal reviewer, Instant now);
    }

    @Override
    public Outcome<Prescription> claim(Caller caller, UUID prescriptionId) {
        return review(caller, prescriptionId, Optional.empty(), (pending, order, reviewer, now) -> {
            PendingReview claimed = pending.claim(reviewer.userId(), now);
            ports.prescriptions().update(claimed);
            audit(
                    caller,
                    "prescription.claimed",
                    claimed,
                    Map.of("until", claimed.lease().orElseThrow().until().toString()));
            return Outcome.done(claimed);
        });
    }

    @Override
    public Outcome<Prescription> approve(Caller caller, UUID prescriptionId, Approval approval) {
        Validation validation = new Validation();
        String notes = approval.notes() == null || approval.notes().isBlank()
                ? null
                : approval.notes().trim();
        if (notes != null) {
            validation.text("notes", notes, 2000);
        }
        LocalDate today = LocalDate.ofInstant(ports.kernel().clock().instant(), ZoneOffset.UTC);
        if (approval.validUntil() != null
                && (approval.validUntil().isBefore(today)
                        || approval.validUntil().isAfter(today.plusYears(1)))) {
            validation.problem("validUntil", "must be a day from today to a year from today");
        }
        return review(caller, prescriptionId, validation.refusal(), (pending, order, reviewer, now) -> {
            if (order.isPresent() && !(order.get() instanceof Order.AwaitingPrescription)) {
                return Outcome.refused(Refusal.of(
                        CommonReason.INVALID_TRANSITION,
                        "The order is " + order.get().status() + "; its prescriptions are no longer reviewed."));
            }
            if (order.isPresent() && ((Order.AwaitingPrescription) order.get()).holdExpiredAt(now)) {
                return Outcome.refused(Refusal.of(
                        CommonReason.INVALID_TRANSITION, "The order's hold has run out; it is being cancelled."));
            }
            return transcription(approval, pending, order, today).then(transcription -> {
                LocalDate lastFillDay =
                        transcription.lastFillDay(ports.fillRules().validity());
                LocalDate validUntil = Optional.ofNullable(approval.validUntil())
                        .orElseGet(() -> transcription.prescriber().isPresent()
                                ? lastFillDay
                                : today.plus(Prescription.DEFAULT_VALIDITY));
                if (validUntil.isAfter(lastFillDay)) {
                    validUntil = lastFillDay;
                }
                if (validUntil.isBefore(today)) {
                    return Outcome.refused(Refusal.of(
                            PrescriptionReason.PRESCRIPTION_EXPIRED,
                            "Nothing on this prescription may be filled after " + lastFillDay + "."));
                }
                Prescription.Approved approved =
                        pending.approve(reviewer.userId(), notes, transcription, validUntil, now);
                ports.prescriptions().update(approved);
                order.ifPresent(o -> coverOrder((Order.AwaitingPrescription) o, now));
                audit(
                        caller,
                        "prescription.approved",
                        approved,
                        Map.of(
                                "validUntil",
                                validUntil.toString(),
                                "items",
                                Integer.toString(transcription.items().size())));
                EventEnvelopes.record(ports.outbox(), ports.kernel(), new PrescriptionApproved(approved));
                return Outcome.done(approved);
            });
        });
    }

    /**
     * The pharmacist's transcription, read and checked; or, when none is given, the one an electronic
     * prescription was sent with, checked again; or, for a prescription uploaded with an order, that order's prescription-only lines not yet covered by a fill, with
     * no refills (none of them may be controlled).
     */
    private Outcome<Transcription> transcription(
            Approval approval, PendingReview pending, Optional<Order> order, LocalDate today) {
        if (approval.transcription().isPresent()) {
            return TranscriptionReading.read(
                    approval.transcription().get(),
                    ports.products(),
                    ports.kernel().ids(),
                    today,
                    ports.fillRules().validity());
        }
        if (pending.proposed().isPresent()) {
            // an electronic prescription is verified as sent: its rules are checked again, as of today
            // and with each medicine's schedule as the catalog has it now
            Transcription sent = pending.proposed().get();
            List<PrescribedItem> items = sent.items().stream()
                    .map(i -> new PrescribedItem(
                            i.id(),
                            i.productId(),
                            ports.products().byId(i.productId()).flatMap(Product::schedule),
                            i.quantityPerFill(),
                            i.directions(),
                            i.daysSupply(),
                            i.refillsAuthorised()))
                    .toList();
            Transcription.Outcome checked = Transcription.of(
                    sent.prescriber().orElseThrow(),
                    sent.written(),
                    items,
                    today,
                    ports.fillRules().validity());
            return checked instanceof Transcription.Refused refused
                    ? Outcome.refused(TranscriptionReading.broken(refused.violations()))
                    : Outcome.done(((Transcription.Accepted) checked).transcription());
        }
        if (order.isEmpty()) {
            return Outcome.refused(new Validation()
                    .problem("transcription", "is required for a prescription kept on file")
                    .refusal()
                    .orElseThrow());
        }
        Set<ProductId> covered = ports.fills().coveredOf(order.get().id());
        List<PrescribedItem> items = new ArrayList<>();
        for (OrderLine line : order.get().details().lines()) {
            if (!line.requiresPrescription() || covered.contains(line.productId())) {
                continue;
            }
            Optional<DrugSchedule> schedule =
                    ports.products().byId(line.productId()).flatMap(Product::schedule);
            if (schedule.isPresent()) {
                return Outcome.refused(Refusal.of(
                        PrescriptionReason.DEA_NUMBER_REQUIRED,
                        line.name() + " is a controlled medicine ("
                                + schedule.get().name()
                                + "): approve it with a transcription naming the prescriber's DEA number."));
            }
            items.add(new PrescribedItem(
                    ports.kernel().ids().next(),
                    line.productId(),
                    Optional.empty(),
                    line.quantity(),
                    AS_ORDERED_DIRECTIONS,
                    AS_ORDERED_DAYS_SUPPLY,
                    0));
        }
        if (items.isEmpty()) {
            return Outcome.refused(Refusal.of(
                    CommonReason.INVALID_TRANSITION, "Every prescription-only line of the order is covered already."));
        }
        LocalDate uploaded = LocalDate.ofInstant(pending.submission().uploadedAt(), ZoneOffset.UTC);
        return Outcome.done(Transcription.asOrdered(uploaded, items));
    }

    /**
     * The order the prescription was uploaded with takes fills of the patient's prescriptions on
     * file (this one now among them) for its lines; once every prescription-only line has one, it
     * may be paid.
     */
    private void coverOrder(Order.AwaitingPrescription awaiting, Instant now) {
        Set<ProductId> covered = ports.fills().coveredOf(awaiting.id());
        List<OrderLine> uncovered = awaiting.details().lines().stream()
                .filter(l -> l.requiresPrescription() && !covered.contains(l.productId()))
                .toList();
        FillsForOrders onFile = new FillsForOrders(ports);
        if (onFile.plan(awaiting.details().customer(), uncovered, now) instanceof PrescriptionsOnFile.Planned planned) {
            onFile.reserve(awaiting.id(), planned, now);
        }
        if (PrescriptionCoverage.coversEveryPrescriptionLine(
                awaiting, ports.fills().coveredOf(awaiting.id()))) {
            boolean authorised = ports.orders()
                    .byId(awaiting.id())
                    .flatMap(Placed::payment)
                    .map(p -> p.latest() instanceof Payment.CardAuthorised
                            || p.latest() instanceof Payment.CaptureRequested)
                    .orElse(false);
            // a card authorised for it already holds it until its window ends: that hold stays
            Order.AwaitingPayment payable = authorised
                    ? awaiting.prescriptionsApprovedAfterAuthorisation()
                    : awaiting.prescriptionsApproved(now, ports.unpaidTtl());
            ports.orders().update(payable);
            EventEnvelopes.record(ports.outbox(), ports.kernel(), new OrderPrescriptionApproved(payable));
        }
    }

    @Override
    public Outcome<Prescription> reject(Caller caller, UUID prescriptionId, String reason) {
        Optional<Refusal> invalid =
                new Validation().text("reason", reason, 1000).refusal();
        return review(caller, prescriptionId, invalid, (pending, order, reviewer, now) -> {
            Prescription.Rejected rejected = pending.reject(reviewer.userId(), reason, now);
            ports.prescriptions().update(rejected);
            audit(
                    caller,
                    "prescription.rejected",
                    rejected,
                    Map.of("reason", rejected.review().remark()));
            EventEnvelopes.record(
                    ports.outbox(),
                    ports.kernel(),
                    new PrescriptionRejected(rejected, rejected.review().remark()));
            return Outcome.done(rejected);
        });
    }

    /**
     * The shape of every step: only a verified pharmacist (refused before the body is looked at),
     * then a valid body, then, in one transaction, the order locked before the prescription (the
     * lock order of the upload too), the pharmacist not reviewing their own order, the prescription
     * still pending and not claimed by a colleague.
     */
    private Outcome<Prescription> review(Caller caller, UUID prescriptionId, Optional<Refusal> invalid, Step step) {
        return Access.signedIn(caller).then(reviewer -> {
            if (ReviewerPolicy.check(reviewer.role(), ports.pharmacists().actsAsPharmacist(reviewer))
                    .isPresent()) {
                return Outcome.refused(Refusal.forbidden());
            }
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            PrescriptionId id = new PrescriptionId(prescriptionId);
            return ports.kernel().transactions().inTransaction(() -> {
                Optional<Prescription> found = ports.prescriptions().byId(id);
                if (found.isEmpty()) {
                    return Outcome.refused(Refusal.notFound());
                }
                Optional<Order> order = found.get()
                        .submission()
                        .orderId()
                        .flatMap(ports.orders()::lock)
                        .map(Placed::order);
                Prescription prescription = ports.prescriptions().lock(id).orElseThrow();
                // the licence is read again here: a suspension that committed meanwhile counts
                if (ReviewerPolicy.check(
                                reviewer.role(),
                                ports.pharmacists().actsAsPharmacist(reviewer),
                                reviewer.userId(),
                                prescription.submission().customer())
                        .isPresent()) {
                    return Outcome.refused(Refusal.forbidden());
                }
                if (!(prescription instanceof PendingReview pending)) {
                    return Outcome.refused(Refusal.of(
                            CommonReason.INVALID_TRANSITION,
                            "The prescription is already " + prescription.status() + "; a decision is final."));
                }
                Instant now = ports.kernel().clock().instant();
                if (pending.claimedByAnother(reviewer.userId(), now)) {
                    return Outcome.refused(Refusal.of(
                            PrescriptionReason.PRESCRIPTION_CLAIMED,
                            "Another pharmacist is reviewing this prescription until "
                                    + pending.lease().orElseThrow().until() + "."));
                }
                return step.take(pending, order, reviewer, now);
            });
        });
    }

    private void audit(Caller caller, String action, Prescription prescription, Map<String, String> more) {
        Map<String, String> details = new TreeMap<>(more);
        prescription.submission().orderId().ifPresent(order -> details.put("orderId", order.toString()));
        details.put("to", prescription.status().name());
        ports.audit().record(caller, action, "prescription", prescription.id().toString(), details);
    }
}
