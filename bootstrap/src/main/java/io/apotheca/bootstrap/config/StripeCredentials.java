package io.apotheca.bootstrap.config;

/**
 * Stripe's credentials; card payments are on only when both are configured.
 *
 * @param secretKey {@code STRIPE_SECRET_KEY}
 * @param webhookSecret {@code STRIPE_WEBHOOK_SECRET}
 */
public record StripeCredentials(Secret secretKey, Secret webhookSecret) {}
