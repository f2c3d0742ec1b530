package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import java.time.Duration;

/**
 * The client-credentials grant: a registered, unrevoked API client trades its id and secret for a
 * short-lived access token. Attempts are rate limited per address, as logins are.
 */
public interface IssueClientTokenUseCase {

    Outcome<ClientToken> token(Caller caller, String clientId, String clientSecret);

    /**
     * @param accessToken the bearer token
     * @param validFor how long until it expires
     */
    record ClientToken(String accessToken, Duration validFor) {}
}
