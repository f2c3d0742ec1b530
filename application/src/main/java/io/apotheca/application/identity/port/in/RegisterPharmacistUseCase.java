package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;

/**
 * A pharmacist registers with their licence; the account may not act as a pharmacist until an
 * administrator verifies the licence.
 */
public interface RegisterPharmacistUseCase {

    Outcome<Profile> register(Caller caller, Registration registration);

    record Registration(
            String email, String password, String fullName, String licenseNumber, String licenseJurisdiction) {

        @Override
        public String toString() {
            return "Registration[password redacted]";
        }
    }
}
