package io.apotheca.application.inventory.port.out;

import io.apotheca.domain.catalog.ProductId;

/** Units reserved for open orders; placed at checkout, released on cancellation, expiry or fulfilment. */
public interface StockHolds {

    /** Units of the product held by open orders now. */
    int heldOf(ProductId product);

    /** Units held for each of the products; a product with no open hold is absent. */
    java.util.Map<ProductId, Integer> heldOf(java.util.List<ProductId> products);
}
