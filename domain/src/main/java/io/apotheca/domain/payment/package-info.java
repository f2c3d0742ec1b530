/**
 * Payments: how a patient pays for an order (by card through the payment provider, or in cash when
 * it is delivered), and how money goes back. Money moves exactly once: each attempt to take a card
 * payment carries a key derived from the order, so a retry can never open a second charge; a
 * refund never goes above what was received; a payment that arrives for an order no longer waiting
 * for it is given back, never kept.
 */
package io.apotheca.domain.payment;
