package io.apotheca.domain.prescription;

import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A prescription a patient uploaded, for an order or to keep on file, one type per state. A pending
 * prescription may be claimed, approved (with its {@link Transcription}) or rejected; a decision is
 * final; an approved prescription expires when its validity runs out, or is exhausted when every
 * fill it authorises has been dispensed. Only these transitions exist as methods.
 */
public sealed interface Prescription {

    /** How long a pharmacist's claim keeps others from deciding: ten minutes. */
    Duration CLAIM_LEASE = Duration.ofMinutes(10);

    /** How long an approval stays valid when the pharmacist gives no date: six months. */
    Period DEFAULT_VALIDITY = Period.ofMonths(6);

    Submission submission();

    PrescriptionStatus status();

    default PrescriptionId id() {
        return submission().id();
    }

    /** The pharmacist's decision, once there is one. */
    default Optional<Review> decision() {
        if (this instanceof Approved a) {
            return Optional.of(a.review());
        }
        if (this instanceof Rejected r) {
            return Optional.of(r.review());
        }
        if (this instanceof Expired e) {
            return Optional.of(e.review());
        }
        if (this instanceof Exhausted x) {
            return Optional.of(x.review());
        }
        return Optional.empty();
    }

    /** What the pharmacist transcribed, once approved (and still, once expired or exhausted). */
    default Optional<Transcription> transcribed() {
        if (this instanceof Approved a) {
            return Optional.of(a.transcription());
        }
        if (this instanceof Expired e) {
            return Optional.of(e.transcription());
        }
        if (this instanceof Exhausted x) {
            return Optional.of(x.transcription());
        }
        return Optional.empty();
    }

    /**
     * The transcription as it stands: what the pharmacist transcribed, or, for an electronic
     * prescription still waiting for review, what its message says.
     */
    default Optional<Transcription> currentTranscription() {
        return this instanceof PendingReview pending ? pending.proposed() : transcribed();
    }

    /** The last day it was (or is) valid, once approved. */
    default Optional<LocalDate> lastValidDay() {
        if (this instanceof Approved a) {
            return Optional.of(a.validUntil());
        }
        if (this instanceof Expired e) {
            return Optional.of(e.validUntil());
        }
        if (this instanceof Exhausted x) {
            return Optional.of(x.validUntil());
        }
        return Optional.empty();
    }

    /** A new upload, waiting for review. */
    static PendingReview submit(Submission submission) {
        return new PendingReview(submission, Optional.empty(), Optional.empty());
    }

    /**
     * A prescription a prescriber's system sent, already transcribed from the message, waiting for a
     * pharmacist to verify it.
     */
    static PendingReview receive(Submission submission, Transcription sent) {
        if (submission.electronic().isEmpty() || submission.orderId().isPresent()) {
            throw new IllegalArgumentException(
                    "a received prescription comes from a prescriber's system, for no order");
        }
        return new PendingReview(submission, Optional.empty(), Optional.of(sent));
    }

    /**
     * What the patient handed in.
     *
     * @param id the prescription
     * @param orderId the order it was uploaded for; empty for one uploaded to keep on file
     * @param customer the patient who uploaded it
     * @param document the stored file: the scan, or the electronic message as it came
     * @param uploadedAt when
     * @param electronic for a prescription a prescriber's system sent, where it came from; empty for
     *     an upload
     */
    record Submission(
            PrescriptionId id,
            Optional<OrderId> orderId,
            UserId customer,
            PrescriptionDocument document,
            Instant uploadedAt,
            Optional<ElectronicSource> electronic) {

        public Submission {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(uploadedAt, "uploadedAt");
            Objects.requireNonNull(electronic, "electronic");
        }

        /** A patient's upload. */
        public Submission(
                PrescriptionId id,
                Optional<OrderId> orderId,
                UserId customer,
                PrescriptionDocument document,
                Instant uploadedAt) {
            this(id, orderId, customer, document, uploadedAt, Optional.empty());
        }
    }

    /**
     * A pharmacist's claim on a pending prescription: until it runs out, no other pharmacist decides.
     *
     * @param pharmacist who claimed it
     * @param until when the claim lapses
     */
    record Lease(UserId pharmacist, Instant until) {

        public Lease {
            Objects.requireNonNull(pharmacist, "pharmacist");
            Objects.requireNonNull(until, "until");
        }

        public boolean heldAt(Instant now) {
            return now.isBefore(until);
        }
    }

    /**
     * A pharmacist's decision.
     *
     * @param reviewer the verified pharmacist
     * @param reviewedAt when
     * @param remark the notes of an approval (may be null) or the reason of a rejection
     */
    record Review(UserId reviewer, Instant reviewedAt, String remark) {

        public Review {
            Objects.requireNonNull(reviewer, "reviewer");
            Objects.requireNonNull(reviewedAt, "reviewedAt");
        }
    }

    /**
     * Uploaded (or received) and not yet decided; perhaps claimed by a pharmacist for a while.
     *
     * @param submission what was handed in
     * @param lease a pharmacist's claim, while it runs
     * @param proposed for an electronic prescription, the transcription its message carries, which a
     *     pharmacist verifies (or corrects) when approving; empty for an upload
     */
    record PendingReview(Submission submission, Optional<Lease> lease, Optional<Transcription> proposed)
            implements Prescription {

        public PendingReview {
            Objects.requireNonNull(submission, "submission");
            Objects.requireNonNull(lease, "lease");
            Objects.requireNonNull(proposed, "proposed");
        }

        /** An upload, perhaps claimed. */
        public PendingReview(Submission submission, Optional<Lease> lease) {
            this(submission, lease, Optional.empty());
        }

        @Override
        public PrescriptionStatus status() {
            return PrescriptionStatus.PENDING_REVIEW;
        }

        /** Whether another pharmacist's claim is still running, so this one may not claim or decide. */
        public boolean claimedByAnother(UserId pharmacist, Instant now) {
            return lease.filter(l -> l.heldAt(now) && !l.pharmacist().equals(pharmacist))
                    .isPresent();
        }

        /** The pharmacist takes it for {@link #CLAIM_LEASE}; claiming again renews the lease. */
        public PendingReview claim(UserId pharmacist, Instant now) {
            requireFree(pharmacist, now);
            return new PendingReview(submission, Optional.of(new Lease(pharmacist, now.plus(CLAIM_LEASE))), proposed);
        }

        /**
         * The pharmacist transcribes it and finds it valid until the end of {@code validUntil} (UTC),
         * which may not lie in the past.
         */
        public Approved approve(
                UserId reviewer, String notes, Transcription transcription, LocalDate validUntil, Instant now) {
            requireFree(reviewer, now);
            if (validUntil.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
                throw new IllegalArgumentException("a prescription cannot be approved as valid until a past day");
            }
            return new Approved(submission, new Review(reviewer, now, notes), validUntil, transcription);
        }

        /** The pharmacist refuses it; a reason is required, for the patient. */
        public Rejected reject(UserId reviewer, String reason, Instant now) {
            requireFree(reviewer, now);
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a rejection needs a reason");
            }
            return new Rejected(submission, new Review(reviewer, now, reason.trim()));
        }

        private void requireFree(UserId pharmacist, Instant now) {
            if (claimedByAnother(pharmacist, now)) {
                throw new IllegalStateException("prescription " + id() + " is claimed by another pharmacist");
            }
        }
    }

    /**
     * Found valid by a verified pharmacist, who transcribed it; its items may be filled until
     * {@code validUntil}.
     */
    record Approved(Submission submission, Review review, LocalDate validUntil, Transcription transcription)
            implements Prescription {

        public Approved {
            Objects.requireNonNull(submission, "submission");
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(validUntil, "validUntil");
            Objects.requireNonNull(transcription, "transcription");
        }

        @Override
        public PrescriptionStatus status() {
            return PrescriptionStatus.APPROVED;
        }

        /** Whether it is still valid on that day. */
        public boolean validOn(LocalDate day) {
            return !day.isAfter(validUntil);
        }

        /** Its validity has run out. */
        public Expired expire(Instant at) {
            if (validOn(LocalDate.ofInstant(at, ZoneOffset.UTC))) {
                throw new IllegalStateException("prescription " + id() + " is valid until " + validUntil);
            }
            return new Expired(submission, review, validUntil, transcription, at);
        }

        /** Every fill it authorises has been dispensed. */
        public Exhausted exhaust(Instant at) {
            return new Exhausted(submission, review, validUntil, transcription, at);
        }
    }

    /** Refused by a verified pharmacist, with the reason; final. */
    record Rejected(Submission submission, Review review) implements Prescription {

        public Rejected {
            Objects.requireNonNull(submission, "submission");
            Objects.requireNonNull(review, "review");
        }

        @Override
        public PrescriptionStatus status() {
            return PrescriptionStatus.REJECTED;
        }
    }

    /** Approved once, no longer valid; final. */
    record Expired(
            Submission submission, Review review, LocalDate validUntil, Transcription transcription, Instant expiredAt)
            implements Prescription {

        public Expired {
            Objects.requireNonNull(submission, "submission");
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(validUntil, "validUntil");
            Objects.requireNonNull(transcription, "transcription");
            Objects.requireNonNull(expiredAt, "expiredAt");
        }

        @Override
        public PrescriptionStatus status() {
            return PrescriptionStatus.EXPIRED;
        }
    }

    /** Approved once, every fill it authorised dispensed; final. */
    record Exhausted(
            Submission submission,
            Review review,
            LocalDate validUntil,
            Transcription transcription,
            Instant exhaustedAt)
            implements Prescription {

        public Exhausted {
            Objects.requireNonNull(submission, "submission");
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(validUntil, "validUntil");
            Objects.requireNonNull(transcription, "transcription");
            Objects.requireNonNull(exhaustedAt, "exhaustedAt");
        }

        @Override
        public PrescriptionStatus status() {
            return PrescriptionStatus.EXHAUSTED;
        }
    }
}
