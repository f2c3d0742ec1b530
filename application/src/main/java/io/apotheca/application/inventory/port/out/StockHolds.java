package io.apotheca.application.inventory.port.out;

import io.apotheca.domain.catalog.ProductId;

/** Units reserved for open orders; placed at checkout, released on cancellation, expiry or fulfilment. */
public interface StockHolds {

    /** Units of the product held by open orders now. */
    int heldOf(ProductId product);

    /** Holds units of a product for an order. */
    void place(
            java.util.UUID holdId,
            io.apotheca.domain.order.OrderId order,
            ProductId product,
            int quantity,
            java.time.Instant at);

    /** Releases every open hold of the order. */
    void releaseAll(io.apotheca.domain.order.OrderId order, java.time.Instant at);

    /** Units held for each of the products; a product with no open hold is absent. */
    java.util.Map<ProductId, Integer> heldOf(java.util.List<ProductId> products);
}
