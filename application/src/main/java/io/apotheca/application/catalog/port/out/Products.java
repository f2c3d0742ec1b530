package io.apotheca.application.catalog.port.out;

import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import java.util.Optional;

/** The catalog's products; SKUs are unique. */
public interface Products {

    /** Adds a product; false, and nothing written, when its SKU is taken. */
    boolean add(Product product);

    Optional<Product> byId(ProductId id);

    /** Stores a changed product; false when its new SKU is taken by another product. */
    boolean update(Product product);
}
