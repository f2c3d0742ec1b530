/**
 * Card payments through Stripe, with the real stripe-java client. Bootstrap connects through {@link
 * io.apotheca.stripe.StripeAdapters} only when {@code STRIPE_SECRET_KEY} is set; otherwise card
 * payments are off and cash on delivery remains.
 */
package io.apotheca.stripe;
