package io.apotheca.persistence;

import io.apotheca.application.inventory.BatchesContract;
import io.apotheca.application.inventory.port.out.Batches;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.ProductId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL lots, held to the lots contract on a real database. */
class JdbiBatchesIT extends BatchesContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;
    private static CategoryId shelf;

    @BeforeAll
    static void open() {
        shelf = Records.shelf(persistence, "lots");
    }

    @Override
    protected Batches batches() {
        return persistence.batches();
    }

    @Override
    protected ProductId newProduct() {
        return Records.product(persistence, shelf);
    }
}
