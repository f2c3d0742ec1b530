package io.apotheca.application.payment.port.in;

/**
 * The scheduler's rounds over what was left open: provider events that failed and are due again,
 * card payments that can no longer pay their order (the hold ran out, the order was cancelled or
 * paid another way) to be called off at the provider, and refunds whose answer never arrived.
 */
public interface SettlePaymentsUseCase {

    /** One round; returns how many items it settled. */
    int settle();
}
