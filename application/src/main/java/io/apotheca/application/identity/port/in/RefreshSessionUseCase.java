package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;

/**
 * A client trades its refresh token for a new pair. The old token stops working; presenting it
 * again ends the whole session, since only a thief would.
 */
public interface RefreshSessionUseCase {

    Outcome<SessionTokens> refresh(Caller caller, String refreshToken);
}
