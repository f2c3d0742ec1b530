package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import java.util.UUID;

/**
 * An administrator verifies a pending licence (or reinstates a suspended one): the pharmacist may
 * now review prescriptions. Audited.
 */
public interface ApprovePharmacistUseCase {

    Outcome<Profile> approve(Caller caller, UUID pharmacistId);
}
