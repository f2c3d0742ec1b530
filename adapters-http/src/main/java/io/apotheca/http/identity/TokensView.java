package io.apotheca.http.identity;

import io.apotheca.application.identity.port.in.SessionTokens;

/** A new pair of tokens; {@code expiresIn} is the access token's lifetime in seconds. */
record TokensView(String accessToken, String refreshToken, String tokenType, long expiresIn) {

    static TokensView of(SessionTokens tokens) {
        return new TokensView(
                tokens.accessToken(),
                tokens.refreshToken(),
                "Bearer",
                tokens.expiresIn().toSeconds());
    }
}
