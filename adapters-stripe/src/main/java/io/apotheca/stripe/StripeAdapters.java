package io.apotheca.stripe;

import com.stripe.StripeClient;
import io.apotheca.application.payment.port.out.PaymentGateway;
import io.apotheca.application.payment.port.out.ProviderEventVerifier;
import java.time.Clock;

/**
 * The Stripe adapter as a whole: one configured stripe-java client, from which the payment gateway
 * is built, and the verifier of Stripe's webhook deliveries. stripe-java retries a failed call once
 * itself, reusing the call's idempotency key; beyond that, the payment use case's own retries reuse
 * it too.
 */
public final class StripeAdapters {

    private final StripeClient client;
    private final StripeSettings settings;

    private StripeAdapters(StripeClient client, StripeSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** Configures the client; no call reaches Stripe until a payment is made. */
    public static StripeAdapters connect(StripeSettings settings) {
        int timeoutMillis = Math.toIntExact(settings.timeout().toMillis());
        StripeClient client = StripeClient.builder()
                .setApiKey(settings.secretKey())
                .setApiBase(settings.apiBase().toString().replaceFirst("/$", ""))
                .setConnectTimeout(timeoutMillis)
                .setReadTimeout(timeoutMillis)
                .setMaxNetworkRetries(settings.networkRetries())
                .build();
        return new StripeAdapters(client, settings);
    }

    public PaymentGateway paymentGateway() {
        return new StripePaymentGateway(client);
    }

    /** Verifies webhook deliveries against the webhook secret, judging their age by {@code clock}. */
    public ProviderEventVerifier eventVerifier(Clock clock) {
        return new StripeProviderEventVerifier(settings.webhookSecret(), settings.liveMode(), clock);
    }
}
