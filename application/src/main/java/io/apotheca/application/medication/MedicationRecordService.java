package io.apotheca.application.medication;

import io.apotheca.application.medication.port.in.MedicationRecord;
import io.apotheca.application.medication.port.in.ViewMedicationRecordUseCase;
import io.apotheca.application.prescription.port.out.PrescriptionFills.FillRecord;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductCode;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.PharmacistLicence;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.prescription.PrescribedItem;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.prescription.Transcription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a patient's medication record in one transaction with its audit entry. A patient who asks
 * for another's record, or for a record that is no patient's, is told it is not found.
 */
final class MedicationRecordService implements ViewMedicationRecordUseCase {

    /** Prescriptions are read this many at a time. */
    private static final int BATCH = 200;

    private final MedicationRecordPorts ports;

    MedicationRecordService(MedicationRecordPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<MedicationRecord> read(Caller caller, UUID patientId, Part part) {
        return Access.signedIn(caller).then(reader -> {
            if (!mayRead(reader, patientId)) {
                return Outcome.refused(reader.role() == Role.CUSTOMER ? Refusal.notFound() : Refusal.forbidden());
            }
            return ports.kernel().transactions().inTransaction(() -> {
                Optional<User> patient =
                        ports.users().byId(new UserId(patientId)).filter(u -> u.role() == Role.CUSTOMER);
                if (patient.isEmpty()) {
                    return Outcome.refused(Refusal.notFound());
                }
                MedicationRecord record = part == Part.PATIENT
                        ? new MedicationRecord(patient(patient.get()), List.of(), Map.of(), Map.of(), Map.of())
                        : whole(patient.get());
                ports.audit()
                        .record(
                                caller,
                                "medication_record.read",
                                "patient",
                                patientId.toString(),
                                Map.of("part", part.name()));
                return Outcome.done(record);
            });
        });
    }

    private boolean mayRead(Principal reader, UUID patientId) {
        return switch (reader.role()) {
            case CUSTOMER -> reader.userId().value().equals(patientId);
            case PHARMACIST -> ports.pharmacists().actsAsPharmacist(reader);
            case ADMIN -> true;
            case PRESCRIBER_SYSTEM -> false;
        };
    }

    private MedicationRecord whole(User patient) {
        List<Prescription> prescriptions = new ArrayList<>();
        Optional<PrescriptionId> after = Optional.empty();
        List<Prescription> batch;
        do {
            batch = ports.prescriptions().list(Optional.of(patient.id()), Optional.empty(), after, BATCH);
            prescriptions.addAll(batch);
            after = batch.isEmpty()
                    ? after
                    : Optional.of(batch.get(batch.size() - 1).id());
        } while (batch.size() == BATCH);
        Map<PrescriptionId, List<FillRecord>> fills = prescriptions.isEmpty()
                ? Map.of()
                : ports.fills()
                        .fillsOf(prescriptions.stream().map(Prescription::id).toList());
        Set<ProductId> products = new LinkedHashSet<>();
        Set<UserId> dispensers = new LinkedHashSet<>();
        for (Prescription p : prescriptions) {
            p
                    .transcribed()
                    .or(() -> p instanceof Prescription.PendingReview pending ? pending.proposed() : Optional.empty())
                    .map(Transcription::items)
                    .orElse(List.of())
                    .stream()
                    .map(PrescribedItem::productId)
                    .forEach(products::add);
        }
        fills.values().stream().flatMap(List::stream).forEach(f -> {
            products.add(f.productId());
            f.dispensedBy().ifPresent(dispensers::add);
        });
        return new MedicationRecord(
                patient(patient), prescriptions, fills, medicines(products), pharmacists(dispensers));
    }

    private Map<ProductId, MedicationRecord.Medicine> medicines(Set<ProductId> products) {
        Map<ProductId, List<ProductCode>> codes = ports.codes().ofAll(products);
        Map<ProductId, MedicationRecord.Medicine> medicines = new HashMap<>();
        for (ProductId id : products) {
            ports.products()
                    .byId(id)
                    .map(Product::name)
                    .ifPresent(name -> medicines.put(
                            id, new MedicationRecord.Medicine(id, name, codes.getOrDefault(id, List.of()))));
        }
        return medicines;
    }

    private Map<UserId, MedicationRecord.Pharmacist> pharmacists(Set<UserId> dispensers) {
        Map<UserId, MedicationRecord.Pharmacist> pharmacists = new HashMap<>();
        for (UserId id : dispensers) {
            ports.users()
                    .byId(id)
                    .ifPresent(u -> pharmacists.put(
                            id,
                            new MedicationRecord.Pharmacist(
                                    id, u.fullName(), ports.licences().of(id).map(PharmacistLicence::licence))));
        }
        return pharmacists;
    }

    private static MedicationRecord.Patient patient(User user) {
        return new MedicationRecord.Patient(
                user.id(),
                user.fullName(),
                user.deleted() ? Optional.empty() : Optional.of(user.email().value()),
                user.active(),
                user.createdAt());
    }
}
