package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import java.util.UUID;

/**
 * An account is deleted by its owner (with their password) or by an administrator (with a reason).
 * Its personal data are anonymised; the orders, prescriptions, dispense records and audit entries
 * the pharmacy must retain stay, pointing at the anonymised account. Refused while one of the
 * customer's orders is under way.
 */
public interface DeleteAccountUseCase {

    Outcome<Boolean> deleteOwn(Caller caller, String password);

    Outcome<Boolean> delete(Caller caller, UUID userId, String reason);
}
