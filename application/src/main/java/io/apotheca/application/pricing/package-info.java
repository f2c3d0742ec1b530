/**
 * Tax rates and shipping options, set by administrators, and the one place an order is priced:
 * {@link io.apotheca.application.pricing.OrderPricing}, which the cart summary and checkout share so
 * that what the customer is shown is what they are charged.
 */
package io.apotheca.application.pricing;
