package io.apotheca.application.order.port.in;

/**
 * The pharmacy cancels every unpaid order whose hold ran out ({@code cancellationReason: "expired"})
 * and gives its stock back. Run every few seconds; each order is expired exactly once, whichever
 * instance gets to it first.
 */
public interface ExpireHoldsUseCase {

    /** How many orders were expired now. */
    int expireDue();
}
