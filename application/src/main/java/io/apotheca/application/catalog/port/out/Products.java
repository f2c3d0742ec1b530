package io.apotheca.application.catalog.port.out;

import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import java.util.Optional;

/** The catalog's products; SKUs are unique. */
public interface Products {

    /** Adds a product; false, and nothing written, when its SKU is taken. */
    boolean add(Product product);

    Optional<Product> byId(ProductId id);

    /** Up to {@code limit} active products after the given id, in id order, for reports. */
    java.util.List<Product> active(Optional<ProductId> after, int limit);

    /** Stores a changed product; false when its new SKU is taken by another product. */
    boolean update(Product product);
}
