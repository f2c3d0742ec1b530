package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import java.util.UUID;

/** An administrator refuses a pending licence, with a reason. Audited. */
public interface RejectPharmacistUseCase {

    Outcome<Profile> reject(Caller caller, UUID pharmacistId, String reason);
}
