package io.apotheca.application.limits.port.out;

import io.apotheca.domain.catalog.ProductId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The most units of a product one order may hold, where an administrator set one. */
public interface OrderMaxima {

    /**
     * A product's most per order.
     *
     * @param product the product
     * @param units the most units of it one order may hold
     */
    record Maximum(ProductId product, int units) {}

    /** Sets or replaces the product's maximum. */
    void set(Maximum maximum);

    /** Removes the product's maximum; answers whether it had one. */
    boolean remove(ProductId product);

    /** Every maximum, by product id. */
    List<Maximum> all();

    /** The maxima of these products; a product without one is missing. */
    Map<ProductId, Integer> of(Collection<ProductId> products);
}
