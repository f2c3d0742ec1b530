package io.apotheca.application.identity;

import io.apotheca.application.identity.port.out.AccessTokens;
import io.apotheca.application.memory.StandInAccessTokens;
import java.time.Clock;

/** The stand-in access tokens, held to the contract the signed JWTs pass. */
class StandInAccessTokensTest extends AccessTokensContract {

    @Override
    protected AccessTokens accessTokens(Clock clock) {
        return new StandInAccessTokens(clock);
    }
}
