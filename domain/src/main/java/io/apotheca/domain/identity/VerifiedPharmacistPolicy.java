package io.apotheca.domain.identity;

import java.util.Optional;

/**
 * Only a pharmacist whose licence an administrator has verified acts as a pharmacist: reviews
 * prescriptions, reads stock, dispenses. Every capability asks this policy rather than the role.
 */
public final class VerifiedPharmacistPolicy {

    private VerifiedPharmacistPolicy() {}

    /** Whether the account with this licence (if any) may act as a pharmacist now. */
    public static boolean actsAsPharmacist(Role role, Optional<PharmacistLicence> licence) {
        return role == Role.PHARMACIST
                && licence.map(l -> l instanceof PharmacistLicence.Verified).orElse(false);
    }
}
