package io.apotheca.persistence;

import io.apotheca.application.limits.OrderMaximaContract;
import io.apotheca.application.limits.port.out.OrderMaxima;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.ProductId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL store of maxima per order, held to the contract on a real database. */
class JdbiOrderMaximaIT extends OrderMaximaContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;
    private static CategoryId shelf;

    @BeforeAll
    static void open() {
        shelf = Records.shelf(persistence, "order-maxima");
    }

    @Override
    protected OrderMaxima store() {
        return persistence.orderMaxima();
    }

    @Override
    protected ProductId newProduct() {
        return Records.product(persistence, shelf);
    }
}
