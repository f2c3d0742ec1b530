package io.apotheca.application.catalog.port.in;

import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductImage;
import java.util.List;

/**
 * A product with what may still be sold of it now, and its pictures.
 *
 * @param product the product
 * @param available sellable, unreserved units, computed at read time (never cached)
 * @param images its pictures in gallery order
 */
public record ProductDetails(Product product, int available, List<ProductImage> images) {

    public ProductDetails {
        images = List.copyOf(images);
    }
}
