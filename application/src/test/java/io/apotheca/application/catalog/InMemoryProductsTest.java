package io.apotheca.application.catalog;

import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.application.memory.InMemoryProducts;
import io.apotheca.domain.catalog.CategoryId;
import java.util.UUID;

/** The in-memory products, held to the same contract as the PostgreSQL store. */
class InMemoryProductsTest extends ProductsContract {

    private final InMemoryProducts products = new InMemoryProducts();

    @Override
    protected Products products() {
        return products;
    }

    @Override
    protected CategoryId newShelf() {
        return new CategoryId(UUID.randomUUID());
    }
}
