package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Outcome;

/**
 * At start-up, the configured first administrator is created once; an account with that e-mail is
 * never overwritten.
 */
public interface EnsureFirstAdminUseCase {

    /** Done with true when the account was created now, false when it already existed. */
    Outcome<Boolean> ensure(String email, String password);
}
