package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import java.util.Optional;

/**
 * A signed-in account changes its name or password. A new password needs the current one, and ends
 * every session of the account.
 */
public interface UpdateProfileUseCase {

    Outcome<Profile> update(Caller caller, Change change);

    record Change(Optional<String> fullName, Optional<String> currentPassword, Optional<String> newPassword) {

        @Override
        public String toString() {
            return "Change[passwords redacted]";
        }
    }
}
