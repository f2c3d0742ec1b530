package io.apotheca.persistence;

import io.apotheca.application.order.OrdersContract;
import io.apotheca.application.order.port.out.Orders;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL orders, held to the orders contract on a real database. */
class JdbiOrdersIT extends OrdersContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;
    private static CategoryId shelf;

    @BeforeAll
    static void open() {
        shelf = Records.shelf(persistence, "orders");
    }

    @Override
    protected Orders orders() {
        return persistence.orders();
    }

    @Override
    protected UserId newCustomer() {
        return Records.customer(persistence);
    }

    @Override
    protected ProductId newProduct() {
        return Records.product(persistence, shelf);
    }
}
