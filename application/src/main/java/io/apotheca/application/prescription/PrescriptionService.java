package io.apotheca.application.prescription;

import io.apotheca.application.cart.port.in.ManageCartUseCase.PricedCart;
import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.PrescriptionUploaded;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.prescription.port.in.PrescriptionsUseCase;
import io.apotheca.application.prescription.port.out.PrescriptionFills.FillRecord;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Cursors;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Page;
import io.apotheca.application.shared.PageRequest;
import io.apotheca.application.shared.PrescriptionReason;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.port.out.DocumentStore;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.PrescriptionDocument;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.prescription.PrescriptionStatus;
import io.apotheca.domain.shared.DocumentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Uploading prescriptions, and reading them and their documents. */
final class PrescriptionService implements PrescriptionsUseCase {

    private static final String CURSOR_LIST = "prescriptions";
    /** Uploads of one order that may wait for review at once. */
    static final int PENDING_PER_ORDER = 3;
    /** The most fills a dispensing history shows. */
    static final int HISTORY_LIMIT = 200;

    private final PrescriptionPorts ports;

    PrescriptionService(PrescriptionPorts ports) {
        this.ports = ports;
    }

    /**
     * The order, if the upload is for one, is checked first (the patient's own, awaiting its
     * prescription; without one, the prescription is kept on file for later orders), then the content's
     * type and size while it is stored, outside any transaction; then, in one transaction with the
     * order locked and checked again, the prescription is recorded. A refused upload records
     * nothing; its bytes may stay in the content-addressed store, unreferenced.
     */
    @Override
    public Outcome<Prescription> upload(Caller caller, Upload upload) {
        return Access.withRole(caller, Role.CUSTOMER).then(customer -> {
            Optional<OrderId> orderId = Optional.ofNullable(upload.orderId()).map(OrderId::new);
            Optional<Refusal> notForThisOrder = orderId.flatMap(id -> uploadRefusal(
                    customer, ports.orders().byId(id), ports.kernel().clock().instant()));
            if (notForThisOrder.isPresent()) {
                return Outcome.refused(notForThisOrder.get());
            }
            byte[] head = head(upload.content());
            Optional<DocumentType> type =
                    DocumentType.recognise(head).filter(t -> t.agreesWith(upload.declaredType(), upload.fileName()));
            if (type.isEmpty()) {
                return Outcome.refused(Refusal.of(
                        CommonReason.UNSUPPORTED_MEDIA_TYPE,
                        "A prescription must be a PDF, JPEG or PNG file, and its declared type and file name must"
                                + " match its content."));
            }
            DocumentStore.StoreResult stored = ports.documents()
                    .store(
                            new SequenceInputStream(new ByteArrayInputStream(head), upload.content()),
                            PrescriptionDocument.MAX_BYTES);
            if (!(stored instanceof DocumentStore.Kept kept)) {
                return Outcome.refused(
                        Refusal.of(CommonReason.PAYLOAD_TOO_LARGE, "A prescription document may be at most 10 MB."));
            }
            PrescriptionDocument document = new PrescriptionDocument(kept.sha256(), type.get(), kept.size());
            return ports.kernel().transactions().inTransaction(() -> record(customer, orderId, document));
        });
    }

    private Outcome<Prescription> record(Principal customer, Optional<OrderId> orderId, PrescriptionDocument document) {
        Optional<Refusal> notForThisOrder = orderId.flatMap(id -> uploadRefusal(
                customer, ports.orders().lock(id), ports.kernel().clock().instant()));
        if (notForThisOrder.isPresent()) {
            return Outcome.refused(notForThisOrder.get());
        }
        Optional<Refusal> tooMany = tooManyPending(customer, orderId);
        if (tooMany.isPresent()) {
            return Outcome.refused(tooMany.get());
        }
        Prescription.PendingReview prescription = Prescription.submit(new Prescription.Submission(
                new PrescriptionId(ports.kernel().ids().next()),
                orderId,
                customer.userId(),
                document,
                ports.kernel().clock().instant()));
        ports.prescriptions().add(prescription);
        EventEnvelopes.record(ports.outbox(), ports.kernel(), new PrescriptionUploaded(prescription));
        return Outcome.done(prescription);
    }

    /**
     * At most {@value #PENDING_PER_ORDER} uploads of one order, and the pharmacy's number of one
     * patient, wait for review at once, so that no one fills the pharmacists' queue. The order is
     * locked and the patient's uploads too, so both counts are exact.
     */
    private Optional<Refusal> tooManyPending(Principal customer, Optional<OrderId> orderId) {
        long ofOrder = orderId.map(id -> ports.prescriptions().ofOrder(id).stream()
                        .filter(p -> p instanceof Prescription.PendingReview)
                        .count())
                .orElse(0L);
        if (ofOrder >= PENDING_PER_ORDER) {
            return Optional.of(Refusal.of(
                    PrescriptionReason.TOO_MANY_PENDING_UPLOADS,
                    "This order has " + ofOrder + " prescriptions waiting for review; wait for the pharmacist."));
        }
        int perPatient = ports.pendingUploadsPerPatient();
        if (ports.prescriptions().lockPendingOf(customer.userId()) >= perPatient) {
            return Optional.of(Refusal.of(
                    PrescriptionReason.TOO_MANY_PENDING_UPLOADS,
                    "You have " + perPatient + " prescriptions waiting for review; wait for the pharmacist."));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> uploadRefusal(Principal customer, Optional<Placed> placed, Instant now) {
        Optional<Order> order =
                placed.map(Placed::order).filter(o -> o.details().customer().equals(customer.userId()));
        if (order.isEmpty()) {
            return Optional.of(Refusal.notFound());
        }
        if (!(order.get() instanceof Order.AwaitingPrescription awaiting)) {
            return Optional.of(Refusal.of(
                    CommonReason.INVALID_TRANSITION,
                    "Prescriptions are uploaded for an order awaiting its prescription; this order is "
                            + order.get().status() + "."));
        }
        if (awaiting.holdExpiredAt(now)) {
            return Optional.of(Refusal.of(
                    CommonReason.INVALID_TRANSITION, "The order's hold has run out; it is being cancelled."));
        }
        return Optional.empty();
    }

    @Override
    public Outcome<OnFile> view(Caller caller, UUID prescriptionId) {
        return Access.signedIn(caller)
                .then(principal -> visible(principal, prescriptionId))
                .then(prescription -> {
                    OnFile onFile = ItemUses.of(List.of(prescription), ports.fills(), ports.fillRules())
                            .get(0);
                    audited(caller, "prescription.viewed", prescription, Map.of());
                    return Outcome.done(onFile);
                });
    }

    @Override
    public Outcome<Page<OnFile>> list(Caller caller, Optional<PrescriptionStatus> status, PageRequest page) {
        return Access.signedIn(caller).then(principal -> {
            Optional<UserId> only;
            if (principal.role() == Role.CUSTOMER) {
                only = Optional.of(principal.userId());
            } else if (ports.pharmacists().actsAsPharmacist(principal)) {
                only = Optional.empty();
            } else {
                return Outcome.refused(Refusal.forbidden());
            }
            boolean queue = status.equals(Optional.of(PrescriptionStatus.PENDING_REVIEW));
            Outcome<List<Prescription>> read = queue
                    ? QueueCursor.position(page.cursor())
                            .then(position ->
                                    Outcome.done(ports.prescriptions().queue(only, position, page.limit() + 1)))
                    : Cursors.idAfter(CURSOR_LIST, page.cursor())
                            .then(position -> Outcome.done(ports.prescriptions()
                                    .list(only, status, position.map(PrescriptionId::new), page.limit() + 1)));
            return read.then(found -> {
                boolean more = found.size() > page.limit();
                List<Prescription> items = more ? found.subList(0, page.limit()) : found;
                List<OnFile> shown = withReviewDeadlines(ItemUses.of(items, ports.fills(), ports.fillRules()));
                Optional<String> next = !more
                        ? Optional.empty()
                        : Optional.of(
                                queue
                                        ? QueueCursor.after(shown.get(shown.size() - 1))
                                        : Cursors.encode(
                                                CURSOR_LIST,
                                                items.get(items.size() - 1).id().toString()));
                ports.kernel().transactions().inTransaction(() -> {
                    ports.audit()
                            .record(
                                    caller,
                                    "prescription.listed",
                                    "prescription",
                                    only.map(UserId::toString).orElse("all"),
                                    Map.of(
                                            "count",
                                            Integer.toString(items.size()),
                                            "status",
                                            status.map(Enum::name).orElse("any")));
                    return null;
                });
                return Outcome.done(new Page<>(shown, next));
            });
        });
    }

    /** Each prescription waiting for review shows when its order's hold ends: one read for the page. */
    private List<OnFile> withReviewDeadlines(List<OnFile> page) {
        List<io.apotheca.domain.order.OrderId> waiting = page.stream()
                .filter(p -> p.prescription() instanceof Prescription.PendingReview)
                .flatMap(p -> p.prescription().submission().orderId().stream())
                .toList();
        if (waiting.isEmpty()) {
            return page;
        }
        Map<io.apotheca.domain.order.OrderId, java.time.Instant> holds =
                ports.orders().holdsOf(waiting);
        return page.stream()
                .map(p -> p.prescription() instanceof Prescription.PendingReview
                        ? p.prescription()
                                .submission()
                                .orderId()
                                .map(holds::get)
                                .map(p::withReviewDeadline)
                                .orElse(p)
                        : p)
                .toList();
    }

    @Override
    public Outcome<List<FillRecord>> dispensingHistory(Caller caller, UUID prescriptionId) {
        return Access.signedIn(caller)
                .then(principal -> visible(principal, prescriptionId))
                .then(prescription -> {
                    List<FillRecord> history =
                            ports.fills().dispensedTo(prescription.submission().customer(), HISTORY_LIMIT);
                    audited(
                            caller,
                            "prescription.history_viewed",
                            prescription,
                            Map.of("fills", Integer.toString(history.size())));
                    return Outcome.done(history);
                });
    }

    @Override
    public Outcome<PricedCart> refill(Caller caller, UUID prescriptionId, UUID itemId) {
        return Access.withRole(caller, Role.CUSTOMER)
                .then(patient -> ports.prescriptions()
                        .byId(new PrescriptionId(prescriptionId))
                        .filter(p -> p.submission().customer().equals(patient.userId()))
                        .<Outcome<Prescription>>map(Outcome::done)
                        .orElseGet(() -> Outcome.refused(Refusal.notFound())))
                .then(prescription -> Refills.check(prescription, itemId, ports))
                .then(item -> ports.cart()
                        .setQuantity(
                                caller,
                                item.productId().value(),
                                item.quantityPerFill().units()));
    }

    /** Records a reading of the prescription in the audit log, in a transaction of its own. */
    private void audited(Caller caller, String action, Prescription prescription, Map<String, String> more) {
        Map<String, String> details = new TreeMap<>(more);
        prescription.submission().orderId().ifPresent(order -> details.put("orderId", order.toString()));
        details.put("patientId", prescription.submission().customer().toString());
        ports.kernel().transactions().inTransaction(() -> {
            ports.audit()
                    .record(caller, action, "prescription", prescription.id().toString(), details);
            return null;
        });
    }

    @Override
    public Outcome<Document> document(Caller caller, UUID prescriptionId) {
        return Access.signedIn(caller)
                .then(principal -> visible(principal, prescriptionId))
                .then(prescription -> {
                    // opened (and checked) first, so a reading is audited only when it can happen
                    String sha256 = prescription.submission().document().sha256();
                    InputStream content = ports.documents()
                            .open(sha256)
                            .orElseThrow(() -> new IllegalStateException("the document " + sha256 + " of prescription "
                                    + prescription.id() + " is missing from the store"));
                    try {
                        ports.kernel().transactions().inTransaction(() -> {
                            ports.audit()
                                    .record(
                                            caller,
                                            "prescription.document_viewed",
                                            "prescription",
                                            prescription.id().toString(),
                                            prescription
                                                    .submission()
                                                    .orderId()
                                                    .map(order -> Map.of("orderId", order.toString()))
                                                    .orElse(Map.of()));
                            return null;
                        });
                    } catch (RuntimeException e) {
                        closeQuietly(content);
                        throw e;
                    }
                    return Outcome.done(new Document(prescription, content));
                });
    }

    /** The prescription if this caller may see it: its patient, a verified pharmacist, an administrator. */
    private Outcome<Prescription> visible(Principal principal, UUID prescriptionId) {
        return ports.prescriptions()
                .byId(new PrescriptionId(prescriptionId))
                .filter(p -> principal.role() == Role.ADMIN
                        || p.submission().customer().equals(principal.userId())
                        || ports.pharmacists().actsAsPharmacist(principal))
                .<Outcome<Prescription>>map(Outcome::done)
                .orElseGet(() -> Outcome.refused(Refusal.notFound()));
    }

    private static void closeQuietly(InputStream content) {
        try {
            content.close();
        } catch (IOException e) {
            // nothing was read from it
        }
    }

    private static byte[] head(InputStream content) {
        try {
            return content.readNBytes(DocumentType.SIGNATURE_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }
}
