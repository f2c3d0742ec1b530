package io.apotheca.application.prescription;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.PrescriptionReceived;
import io.apotheca.application.prescription.port.in.ReceivePrescriptionsUseCase;
import io.apotheca.application.prescription.port.in.ReviewPrescriptionsUseCase.ItemForm;
import io.apotheca.application.prescription.port.in.ReviewPrescriptionsUseCase.TranscriptionForm;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.PrescriptionReason;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.application.shared.port.out.DocumentStore;
import io.apotheca.domain.catalog.ProductCode;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.prescription.ElectronicSource;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.PrescriptionDocument;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.prescription.Transcription;
import io.apotheca.domain.shared.DocumentType;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Electronic prescriptions from prescribers' systems: the patient and the medicines are matched,
 * the transcription read and held to the controlled-substance rules as a pharmacist's would be, the
 * message kept as the document, and the prescription recorded pending review, with its audit entry
 * and event, in one transaction.
 */
final class ElectronicPrescriptionService implements ReceivePrescriptionsUseCase {

    private final PrescriptionPorts ports;

    ElectronicPrescriptionService(PrescriptionPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<Received> receive(Caller caller, ElectronicPrescription message) {
        return Access.withRole(caller, Role.PRESCRIBER_SYSTEM).then(client -> {
            Optional<Refusal> invalid = new Validation()
                    .text("identifier.system", message.identifierSystem(), 200)
                    .text("identifier.value", message.identifierValue(), 200)
                    .text("patient.identifier", message.patientNumber(), 100)
                    .refusal();
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            // the message's identifier is locked first: a message sent again gets the first answer,
            // whatever has changed since in the patient's account or the catalog
            return ports.kernel().transactions().inTransaction(() -> {
                Optional<Prescription> earlier =
                        ports.prescriptions().lockMessage(message.identifierSystem(), message.identifierValue());
                if (earlier.isPresent()) {
                    return replay(earlier.get(), client);
                }
                LocalDate today = LocalDate.ofInstant(ports.kernel().clock().instant(), ZoneOffset.UTC);
                return patient(message)
                        .then(patient -> medicines(message)
                                .then(products -> TranscriptionReading.read(
                                                form(message, products),
                                                ports.products(),
                                                ports.kernel().ids(),
                                                today,
                                                ports.fillRules().validity())
                                        .then(sent -> keep(caller, client, patient, message, sent))));
            });
        });
    }

    private static Outcome<Received> replay(Prescription earlier, Principal client) {
        boolean ours = earlier.submission()
                .electronic()
                .filter(source -> source.client().equals(client.sessionId()))
                .isPresent();
        return ours
                ? Outcome.done(new Received(earlier, true))
                : Outcome.refused(Refusal.of(
                        PrescriptionReason.MESSAGE_IDENTIFIER_TAKEN,
                        "Another prescriber's system sent a message with this identifier."));
    }

    private Outcome<Received> keep(
            Caller caller, Principal client, User patient, ElectronicPrescription message, Transcription sent) {
        DocumentStore.StoreResult stored =
                ports.documents().store(new ByteArrayInputStream(message.message()), PrescriptionDocument.MAX_BYTES);
        if (!(stored instanceof DocumentStore.Kept kept)) {
            return Outcome.refused(
                    Refusal.of(CommonReason.PAYLOAD_TOO_LARGE, "An electronic prescription may be at most 10 MB."));
        }
        Prescription.PendingReview received = Prescription.receive(
                new Prescription.Submission(
                        new PrescriptionId(ports.kernel().ids().next()),
                        Optional.empty(),
                        patient.id(),
                        new PrescriptionDocument(kept.sha256(), DocumentType.FHIR_JSON, kept.size()),
                        ports.kernel().clock().instant(),
                        Optional.of(new ElectronicSource(
                                client.sessionId(), message.identifierSystem(), message.identifierValue()))),
                sent);
        ports.prescriptions().add(received);
        ports.audit()
                .record(
                        caller,
                        "prescription.received",
                        "prescription",
                        received.id().toString(),
                        Map.of(
                                "client", client.sessionId().toString(),
                                "items", Integer.toString(sent.items().size())));
        EventEnvelopes.record(ports.outbox(), ports.kernel(), new PrescriptionReceived(received));
        return Outcome.done(new Received(received, false));
    }

    /** The one active customer whose patient number and e-mail the message gives, both. */
    private Outcome<User> patient(ElectronicPrescription message) {
        Set<String> emails = Optional.ofNullable(message.patientEmails()).orElse(List.of()).stream()
                .filter(Objects::nonNull)
                .map(e -> e.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return number(message.patientNumber())
                .flatMap(id -> ports.users().byId(new UserId(id)))
                .filter(u -> u.role() == Role.CUSTOMER && u.active() && !u.deleted())
                .filter(u -> emails.contains(u.email().value()))
                .<Outcome<User>>map(Outcome::done)
                .orElseGet(() -> Outcome.refused(Refusal.of(
                        PrescriptionReason.UNKNOWN_PATIENT,
                        "No patient of this pharmacy has both the patient number and an e-mail address the message"
                                + " gives.")));
    }

    /** The product each item names: every code that names one must name the same one. */
    private Outcome<List<ProductId>> medicines(ElectronicPrescription message) {
        List<SentItem> items = Optional.ofNullable(message.items()).orElse(List.of());
        List<ProductCode> all =
                items.stream().flatMap(i -> codes(i).stream()).distinct().toList();
        Map<ProductCode, ProductId> named = ports.codes().productsNamedBy(all);
        List<ProductId> products = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Set<ProductId> candidates = codes(items.get(i)).stream()
                    .map(named::get)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            if (candidates.size() != 1) {
                return Outcome.refused(Refusal.of(
                                PrescriptionReason.UNKNOWN_MEDICINE,
                                candidates.isEmpty()
                                        ? "Medicine " + (i + 1) + " is named by no code a product of this pharmacy"
                                                + " carries."
                                        : "The codes of medicine " + (i + 1) + " name different products.")
                        .with("item", Integer.toString(i)));
            }
            products.add(candidates.iterator().next());
        }
        return Outcome.done(products);
    }

    private static List<ProductCode> codes(SentItem item) {
        return Optional.ofNullable(item.codes()).orElse(List.of()).stream()
                .filter(c -> c != null && ProductCode.validSystem(c.system()) && ProductCode.validCode(c.code()))
                .map(c -> new ProductCode(c.system(), c.code()))
                .toList();
    }

    private static TranscriptionForm form(ElectronicPrescription message, List<ProductId> products) {
        List<ItemForm> items = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            SentItem item = message.items().get(i);
            items.add(new ItemForm(
                    products.get(i).value(), item.quantity(), item.directions(), item.daysSupply(), item.refills()));
        }
        return new TranscriptionForm(
                message.prescriberName(), message.registrationNumber(), message.deaNumber(), message.written(), items);
    }

    private static Optional<UUID> number(String patientNumber) {
        try {
            return Optional.ofNullable(patientNumber).map(String::trim).map(UUID::fromString);
        } catch (IllegalArgumentException notANumber) {
            return Optional.empty();
        }
    }
}
