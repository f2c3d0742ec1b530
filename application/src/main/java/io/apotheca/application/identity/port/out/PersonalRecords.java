package io.apotheca.application.identity.port.out;

import io.apotheca.domain.identity.UserId;

/**
 * What the pharmacy keeps about a person beyond the account itself: their orders' shipping
 * addresses and their cart. Deleting an account asks this port whether the person still has an
 * order under way, and then to forget what names them.
 */
public interface PersonalRecords {

    /** Whether any order of the customer is still under way (see {@code OrderStatus.inFlight}). */
    boolean hasOrderInFlight(UserId customer);

    /**
     * Replaces the shipping address of every order of the customer with one that names no one; the
     * orders themselves, their lines, lots and payments stay, for the legal retention period.
     */
    void anonymiseOrders(UserId customer);

    /** Empties the customer's cart, wherever it is kept. */
    void forgetCart(UserId customer);
}
