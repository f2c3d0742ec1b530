package io.apotheca.application.catalog.port.out;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.ProductImage;
import io.apotheca.domain.catalog.ProductImageId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Products' pictures, each product's in gallery order; the bytes live in the document store. */
public interface ProductImages {

    /**
     * Locks the product's gallery until the transaction ends, so that changes to it are made one at
     * a time, and answers its images in order; empty when there is no such product.
     */
    Optional<List<ProductImage>> lockGallery(ProductId product);

    void add(ProductImage image);

    void remove(ProductImageId image);

    /** Stores each image's position as given; together they must number 0 to n−1. */
    void reposition(List<ProductImage> gallery);

    /** The product's images in gallery order. */
    List<ProductImage> of(ProductId product);

    /** The images of several products at once, each list in gallery order; products without any are absent. */
    Map<ProductId, List<ProductImage>> of(Collection<ProductId> products);
}
