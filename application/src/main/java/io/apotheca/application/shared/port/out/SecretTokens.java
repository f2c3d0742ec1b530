package io.apotheca.application.shared.port.out;

/** Makes unguessable opaque tokens (refresh tokens, e-mail links): at least 256 random bits. */
@FunctionalInterface
public interface SecretTokens {

    /** A new token, URL-safe. */
    String next();
}
