package io.apotheca.persistence;

import io.apotheca.application.catalog.ProductImagesContract;
import io.apotheca.application.catalog.port.out.ProductImages;
import io.apotheca.application.shared.port.out.Transactions;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.ProductId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL product pictures, held to the pictures contract on a real database. */
class JdbiProductImagesIT extends ProductImagesContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;
    private static CategoryId shelf;

    @BeforeAll
    static void open() {
        shelf = Records.shelf(persistence, "pictures");
    }

    @Override
    protected ProductImages images() {
        return persistence.productImages();
    }

    @Override
    protected Transactions transactions() {
        return persistence.transactions();
    }

    @Override
    protected ProductId newProduct() {
        return Records.product(persistence, shelf);
    }
}
