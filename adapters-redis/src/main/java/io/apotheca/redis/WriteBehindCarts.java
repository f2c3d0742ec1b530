package io.apotheca.redis;

import io.apotheca.application.cart.port.out.CartStore;

/**
 * Carts kept in Redis and copied to a durable store behind the customer's back: {@code bootstrap}
 * runs {@link #writeBehind} every few seconds, and once more before Redis is closed.
 */
public interface WriteBehindCarts extends CartStore {

    /** Copies the carts changed since the last call to the durable store; returns how many. */
    int writeBehind();
}
