package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.identity.User;

/**
 * Anyone holding the link mailed at registration proves the address is theirs; the link works once,
 * for 24 hours.
 */
public interface VerifyEmailUseCase {

    Outcome<User> verify(Caller caller, String token);
}
