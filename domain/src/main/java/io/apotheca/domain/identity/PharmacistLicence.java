package io.apotheca.domain.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A pharmacist's licence and how far an administrator has verified it, one type per state. Only
 * legal decisions exist as methods: a pending licence may be approved or rejected, a verified one
 * suspended, a suspended one reinstated. A rejected licence is final; the pharmacist registers again.
 */
public sealed interface PharmacistLicence {

    UserId pharmacistId();

    LicenceNumber licence();

    LicenceStatus status();

    /** Registered by the pharmacist, waiting for an administrator to check it with the licensing body. */
    record PendingVerification(UserId pharmacistId, LicenceNumber licence, Instant registeredAt)
            implements PharmacistLicence {

        public PendingVerification {
            Objects.requireNonNull(pharmacistId, "pharmacistId");
            Objects.requireNonNull(licence, "licence");
            Objects.requireNonNull(registeredAt, "registeredAt");
        }

        @Override
        public LicenceStatus status() {
            return LicenceStatus.PENDING_VERIFICATION;
        }

        public Verified approve(UserId admin, Instant at) {
            return new Verified(pharmacistId, licence, new Decision(admin, at, null));
        }

        public Rejected reject(UserId admin, String reason, Instant at) {
            return new Rejected(pharmacistId, licence, new Decision(admin, at, requireReason(reason)));
        }
    }

    /** Checked by an administrator: the pharmacist may review prescriptions. */
    record Verified(UserId pharmacistId, LicenceNumber licence, Decision decision) implements PharmacistLicence {

        @Override
        public LicenceStatus status() {
            return LicenceStatus.VERIFIED;
        }

        public Suspended suspend(UserId admin, String reason, Instant at) {
            return new Suspended(pharmacistId, licence, new Decision(admin, at, requireReason(reason)));
        }
    }

    /** Refused by an administrator, with the reason; final. */
    record Rejected(UserId pharmacistId, LicenceNumber licence, Decision decision) implements PharmacistLicence {

        @Override
        public LicenceStatus status() {
            return LicenceStatus.REJECTED;
        }
    }

    /** Withdrawn by an administrator, with the reason, until reinstated. */
    record Suspended(UserId pharmacistId, LicenceNumber licence, Decision decision) implements PharmacistLicence {

        @Override
        public LicenceStatus status() {
            return LicenceStatus.SUSPENDED;
        }

        public Verified reinstate(UserId admin, Instant at) {
            return new Verified(pharmacistId, licence, new Decision(admin, at, null));
        }
    }

    /**
     * An administrator's decision on a licence.
     *
     * @param decidedBy the administrator
     * @param decidedAt when
     * @param reason why, required to reject or suspend; null for an approval
     */
    record Decision(UserId decidedBy, Instant decidedAt, String reason) {

        public Decision {
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(decidedAt, "decidedAt");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
        return reason.trim();
    }
}
