package io.apotheca.stripe;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Stripe.
 *
 * @param secretKey the API key ({@code sk_…})
 * @param webhookSecret the secret that signs webhook events ({@code whsec_…})
 * @param apiBase Stripe's address; tests point it at a local fake Stripe server
 * @param timeout how long one call to Stripe may take before the payment attempt fails cleanly
 * @param networkRetries how often stripe-java retries a call that got no answer, with the same key
 */
public record StripeSettings(
        String secretKey, String webhookSecret, URI apiBase, Duration timeout, int networkRetries) {

    /** Stripe's own address. */
    public static final URI STRIPE_API = URI.create("https://api.stripe.com");

    public StripeSettings {
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(timeout, "timeout");
        if (networkRetries < 0) {
            throw new IllegalArgumentException("networkRetries is never negative");
        }
    }

    /** Whether the key moves real money ({@code sk_live_…}, {@code rk_live_…}) rather than test money. */
    public boolean liveMode() {
        return secretKey.startsWith("sk_live_") || secretKey.startsWith("rk_live_");
    }

    @Override
    public String toString() {
        return "StripeSettings[apiBase=" + apiBase + ", timeout=" + timeout + ", retries=" + networkRetries
                + ", secrets redacted]";
    }
}
