package io.apotheca.application.catalog.port.in;

import io.apotheca.domain.catalog.Product;

/**
 * A product with what may still be sold of it now.
 *
 * @param product the product
 * @param available sellable, unreserved units, computed at read time (never cached)
 */
public record ProductDetails(Product product, int available) {}
