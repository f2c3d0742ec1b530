package io.apotheca.domain.prescription;

import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import java.util.Optional;

/**
 * Who may claim and decide a prescription: only a pharmacist whose licence is verified, never on
 * an order they placed themselves, and never an administrator, who runs the shop and so must not
 * also be the one who releases prescription medicine (separation of duties).
 */
public final class ReviewerPolicy {

    /** Why someone may not review. */
    public enum Refusal {
        NOT_A_PHARMACIST,
        ADMINISTRATORS_DO_NOT_REVIEW,
        LICENCE_NOT_VERIFIED,
        OWN_ORDER
    }

    private ReviewerPolicy() {}

    /**
     * Whether this account may review prescriptions at all.
     *
     * @param role the reviewer's role
     * @param verifiedPharmacist whether their licence is verified now
     */
    public static Optional<Refusal> check(Role role, boolean verifiedPharmacist) {
        if (role == Role.ADMIN) {
            return Optional.of(Refusal.ADMINISTRATORS_DO_NOT_REVIEW);
        }
        if (role != Role.PHARMACIST) {
            return Optional.of(Refusal.NOT_A_PHARMACIST);
        }
        if (!verifiedPharmacist) {
            return Optional.of(Refusal.LICENCE_NOT_VERIFIED);
        }
        return Optional.empty();
    }

    /**
     * Whether this account may review a prescription of this patient's order.
     *
     * @param reviewer who they are
     * @param patient who placed the order the prescription is for
     */
    public static Optional<Refusal> check(Role role, boolean verifiedPharmacist, UserId reviewer, UserId patient) {
        Optional<Refusal> refusal = check(role, verifiedPharmacist);
        if (refusal.isPresent()) {
            return refusal;
        }
        return reviewer.equals(patient) ? Optional.of(Refusal.OWN_ORDER) : Optional.empty();
    }
}
