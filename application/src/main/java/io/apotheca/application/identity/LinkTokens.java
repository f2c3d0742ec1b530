package io.apotheca.application.identity;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.IdentityReason;
import io.apotheca.application.shared.Refusal;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the two e-mailed links (verification, reset) have in common when they come back. */
final class LinkTokens {

    /** 256 random bits, base64url without padding. */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    private LinkTokens() {}

    static boolean wellFormed(String token) {
        return token != null && FORM.matcher(token).matches();
    }

    /** Link tokens cannot be guessed, but their endpoints are limited per client address all the same. */
    static Optional<Refusal> limit(IdentityPorts ports, Caller caller) {
        return ports.rateLimiter()
                .tryAcquire("link:" + caller.clientAddress(), ports.loginLimit())
                .map(Refusal::rateLimited);
    }

    static Refusal invalidLink() {
        return Refusal.of(
                IdentityReason.INVALID_LINK, "This link is unknown, already used or expired; ask for a new one.");
    }
}
