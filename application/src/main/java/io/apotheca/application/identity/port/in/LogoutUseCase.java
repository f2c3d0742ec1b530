package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;

/** A signed-in account ends its session, and the session of the refresh token it hands in. */
public interface LogoutUseCase {

    Outcome<Boolean> logout(Caller caller, String refreshToken);
}
