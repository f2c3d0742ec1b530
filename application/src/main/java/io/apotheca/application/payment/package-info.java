/**
 * Paying for orders and giving money back: a patient pays an order awaiting payment by card (the
 * provider's payment, reused on every retry) or in cash on delivery; the provider's signed events
 * are the only way a card payment becomes money received; an administrator refunds in part or in
 * full. Calls to the provider are made outside database transactions, between two of them, each
 * under a key written down first, so that any step may be repeated without moving money twice.
 */
package io.apotheca.application.payment;
