/**
 * A fake Stripe for tests: a local HTTP server that answers the PaymentIntent and Refund calls in
 * Stripe's wire format with Stripe's idempotency behaviour, can be told to fail or to answer
 * slowly, and writes webhook events signed the way Stripe signs them.
 */
package io.apotheca.stripe.fake;
