package io.apotheca.application.prescription.port.out;

import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.prescription.PrescriptionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every prescription uploaded, in whatever state its review has reached. */
public interface Prescriptions {

    void add(Prescription.PendingReview prescription);

    Optional<Prescription> byId(PrescriptionId id);

    /** The prescription, locked until the current transaction ends, so two decisions cannot both apply. */
    Optional<Prescription> lock(PrescriptionId id);

    /** Stores the prescription's new state. */
    void update(Prescription prescription);

    /** The prescriptions uploaded for an order, oldest first. */
    List<Prescription> ofOrder(OrderId order);

    /**
     * How many of the patient's uploads wait for review, counted while the patient's uploads are
     * locked until the command ends: of two uploads of one patient at once, the second counts the first.
     */
    int lockPendingOf(UserId patient);

    /**
     * The prescription kept for the electronic message with this identifier, if any, read while
     * messages with this identifier are locked until the command ends: of two deliveries of one
     * message at once, the second finds the first.
     */
    Optional<Prescription> lockMessage(String identifierSystem, String identifierValue);

    /**
     * Up to {@code limit} prescriptions, oldest upload first, after the given one.
     *
     * @param customer only this patient's, or everyone's when empty
     * @param status only those in this state
     */
    List<Prescription> list(
            Optional<UserId> customer, Optional<PrescriptionStatus> status, Optional<PrescriptionId> after, int limit);

    /**
     * Up to {@code limit} prescriptions waiting for review, the nearest review deadline first (the
     * hold of the open order each came with; none last), then the oldest upload, after the given
     * position.
     *
     * @param customer only this patient's, or everyone's when empty
     */
    List<Prescription> queue(Optional<UserId> customer, Optional<QueuePosition> after, int limit);

    /**
     * A place in the review queue.
     *
     * @param deadline the review deadline the prescription had, none when it had none
     * @param id the prescription
     */
    record QueuePosition(Optional<java.time.Instant> deadline, PrescriptionId id) {

        public QueuePosition {
            java.util.Objects.requireNonNull(deadline, "deadline");
            java.util.Objects.requireNonNull(id, "id");
        }
    }

    /** Of these documents (by SHA-256), those some prescription refers to. */
    Set<String> documentsReferred(List<String> sha256s);

    /** Approved prescriptions whose last valid day is before {@code today}. */
    List<PrescriptionId> approvedLapsedBefore(LocalDate today, int limit);
}
