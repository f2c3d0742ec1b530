package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.identity.User;

/**
 * The holder of a reset link chooses a new password. The link works once, for 30 minutes; every
 * session of the account ends.
 */
public interface ResetPasswordUseCase {

    Outcome<User> reset(Caller caller, NewPassword newPassword);

    record NewPassword(String token, String password) {

        @Override
        public String toString() {
            return "NewPassword[redacted]";
        }
    }
}
