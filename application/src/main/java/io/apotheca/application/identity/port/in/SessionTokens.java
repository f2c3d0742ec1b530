package io.apotheca.application.identity.port.in;

import java.time.Duration;

/**
 * What a sign-in or a refresh hands the client.
 *
 * @param accessToken the short-lived bearer token
 * @param refreshToken the single-use token for the next pair
 * @param expiresIn how long the access token is valid
 */
public record SessionTokens(String accessToken, String refreshToken, Duration expiresIn) {

    @Override
    public String toString() {
        return "SessionTokens[redacted, expiresIn=" + expiresIn + "]";
    }
}
