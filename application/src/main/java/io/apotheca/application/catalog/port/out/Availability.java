package io.apotheca.application.catalog.port.out;

import io.apotheca.domain.catalog.ProductId;
import java.util.List;
import java.util.Map;

/**
 * How many units of a product may still be promised to a customer now: sellable lots on hand less
 * units held for orders. The catalog shows it beside each product; the stock itself is inventory's,
 * which implements this port.
 */
public interface Availability {

    /** Units of the product that may still be sold now. */
    int of(ProductId product);

    /** The same for a page of products, read together; every product asked for is in the answer. */
    Map<ProductId, Integer> of(List<ProductId> products);
}
