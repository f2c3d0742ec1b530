package io.apotheca.application.identity;

import io.apotheca.application.identity.port.out.PharmacistLicences;
import io.apotheca.application.shared.Principal;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.VerifiedPharmacistPolicy;
import java.util.Optional;

/**
 * Tells whether a signed-in account acts as a pharmacist now: its licence is verified. Every
 * capability that lets pharmacists act (reviewing prescriptions, reading stock, dispensing) asks here.
 */
public final class VerifiedPharmacists {

    private final PharmacistLicences licences;

    public VerifiedPharmacists(PharmacistLicences licences) {
        this.licences = licences;
    }

    /** Only a pharmacist's licence is read: anyone else is answered without a look at the database. */
    public boolean actsAsPharmacist(Principal principal) {
        return principal.role() == Role.PHARMACIST
                && VerifiedPharmacistPolicy.actsAsPharmacist(principal.role(), licences.of(principal.userId()));
    }

    public boolean actsAsPharmacist(Optional<Principal> principal) {
        return principal.map(this::actsAsPharmacist).orElse(false);
    }
}
