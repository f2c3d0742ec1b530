package io.apotheca.application.payment.port.out;

import java.util.Optional;

/**
 * Checks that a webhook delivery really comes from the payment provider (its signature over the
 * exact bytes received, made with the shared secret, and recent enough not to be a replay) and
 * reads it.
 */
public interface ProviderEventVerifier {

    /** The event, or empty when the signature is missing, wrong or stale, or the body unreadable. */
    Optional<ProviderEvent> verify(String payload, String signatureHeader);
}
