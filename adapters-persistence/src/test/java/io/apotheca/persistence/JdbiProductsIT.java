package io.apotheca.persistence;

import io.apotheca.application.catalog.ProductsContract;
import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.domain.catalog.CategoryId;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL products, held to the products contract on a real database. */
class JdbiProductsIT extends ProductsContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;

    @Override
    protected Products products() {
        return persistence.products();
    }

    @Override
    protected CategoryId newShelf() {
        return Records.shelf(persistence, "products");
    }
}
