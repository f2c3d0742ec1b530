package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import java.util.UUID;

/** An administrator withdraws a verified licence, with a reason. Audited. */
public interface SuspendPharmacistUseCase {

    Outcome<Profile> suspend(Caller caller, UUID pharmacistId, String reason);
}
