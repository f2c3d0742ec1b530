package io.apotheca.stripe;

import com.stripe.StripeClient;

/**
 * The Stripe adapter as a whole: one configured stripe-java client, from which the payment gateway
 * is built. Retries are left to the payment use case, which reuses its idempotency key.
 */
public final class StripeAdapters {

    private final StripeClient client;

    private StripeAdapters(StripeClient client) {
        this.client = client;
    }

    /** Configures the client; no call reaches Stripe until a payment is made. */
    public static StripeAdapters connect(StripeSettings settings) {
        int timeoutMillis = Math.toIntExact(settings.timeout().toMillis());
        StripeClient client = StripeClient.builder()
                .setApiKey(settings.secretKey())
                .setApiBase(settings.apiBase().toString().replaceFirst("/$", ""))
                .setConnectTimeout(timeoutMillis)
                .setReadTimeout(timeoutMillis)
                .setMaxNetworkRetries(0)
                .build();
        return new StripeAdapters(client);
    }

    StripeClient client() {
        return client;
    }
}
