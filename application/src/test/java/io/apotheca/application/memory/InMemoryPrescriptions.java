package io.apotheca.application.memory;

import io.apotheca.application.prescription.port.out.Prescriptions;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.prescription.PrescriptionStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Prescriptions in a map, listed oldest first by id (ids are time-ordered). */
public final class InMemoryPrescriptions implements Prescriptions {

    private static final Comparator<Prescription> OLDEST_FIRST =
            Comparator.comparing(p -> p.id().value(), Ids::compare);

    private final Map<PrescriptionId, Prescription> prescriptions = new ConcurrentHashMap<>();

    @Override
    public void add(Prescription.PendingReview prescription) {
        if (prescriptions.putIfAbsent(prescription.id(), prescription) != null) {
            throw new IllegalStateException("prescription " + prescription.id() + " exists");
        }
    }

    @Override
    public Optional<Prescription> byId(PrescriptionId id) {
        return Optional.ofNullable(prescriptions.get(id));
    }

    @Override
    public Optional<Prescription> lock(PrescriptionId id) {
        return byId(id);
    }

    @Override
    public void update(Prescription prescription) {
        prescriptions.computeIfPresent(prescription.id(), (id, old) -> prescription);
    }

    @Override
    public List<Prescription> ofOrder(OrderId order) {
        return prescriptions.values().stream()
                .filter(p -> p.submission().orderId().equals(Optional.of(order)))
                .sorted(OLDEST_FIRST)
                .toList();
    }

    /** The in-memory transactions run one at a time, so counting is locking enough. */
    @Override
    public int lockPendingOf(UserId patient) {
        return (int) prescriptions.values().stream()
                .filter(p -> p instanceof Prescription.PendingReview)
                .filter(p -> p.submission().customer().equals(patient))
                .count();
    }

    @Override
    public Optional<Prescription> lockMessage(String identifierSystem, String identifierValue) {
        return prescriptions.values().stream()
                .filter(p -> p.submission()
                        .electronic()
                        .filter(e -> e.identifierSystem().equals(identifierSystem)
                                && e.identifierValue().equals(identifierValue))
                        .isPresent())
                .findFirst();
    }

    @Override
    public List<Prescription> list(
            Optional<UserId> customer, Optional<PrescriptionStatus> status, Optional<PrescriptionId> after, int limit) {
        return prescriptions.values().stream()
                .filter(p -> customer.isEmpty() || p.submission().customer().equals(customer.get()))
                .filter(p -> status.isEmpty() || p.status() == status.get())
                .filter(p -> after.isEmpty()
                        || Ids.compare(p.id().value(), after.get().value()) > 0)
                .sorted(OLDEST_FIRST)
                .limit(limit)
                .toList();
    }

    /** Oldest first: the test double knows no orders' holds, so every deadline is the same to it. */
    @Override
    public List<Prescription> queue(
            Optional<UserId> customer,
            Optional<io.apotheca.application.prescription.port.out.Prescriptions.QueuePosition> after,
            int limit) {
        return list(
                customer,
                Optional.of(io.apotheca.domain.prescription.PrescriptionStatus.PENDING_REVIEW),
                after.map(a -> a.id()),
                limit);
    }

    @Override
    public Set<String> documentsReferred(List<String> sha256s) {
        return prescriptions.values().stream()
                .map(p -> p.submission().document().sha256())
                .filter(sha256s::contains)
                .collect(Collectors.toSet());
    }

    @Override
    public List<PrescriptionId> approvedLapsedBefore(LocalDate today, int limit) {
        return prescriptions.values().stream()
                .filter(p ->
                        p instanceof Prescription.Approved a && a.validUntil().isBefore(today))
                .sorted(OLDEST_FIRST)
                .limit(limit)
                .map(Prescription::id)
                .toList();
    }
}
