package io.apotheca.application.identity;

import io.apotheca.application.identity.port.out.PharmacistLicences;
import io.apotheca.application.shared.Principal;
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

    public boolean actsAsPharmacist(Principal principal) {
        return VerifiedPharmacistPolicy.actsAsPharmacist(principal.role(), licences.of(principal.userId()));
    }

    public boolean actsAsPharmacist(Optional<Principal> principal) {
        return principal.map(this::actsAsPharmacist).orElse(false);
    }
}
