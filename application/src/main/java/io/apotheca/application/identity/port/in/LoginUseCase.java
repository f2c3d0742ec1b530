package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;

/**
 * Anyone signs in with e-mail and password. A wrong password and an unknown e-mail are refused
 * alike, after the same work, and attempts per client address are rate limited.
 */
public interface LoginUseCase {

    Outcome<SessionTokens> login(Caller caller, Credentials credentials);

    record Credentials(String email, String password) {

        @Override
        public String toString() {
            return "Credentials[redacted]";
        }
    }
}
