package io.apotheca.application.order;

import io.apotheca.application.memory.InMemoryOrders;
import io.apotheca.application.order.port.out.Orders;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import java.util.UUID;

/** The in-memory orders, held to the same contract as the PostgreSQL store. */
class InMemoryOrdersTest extends OrdersContract {

    private final InMemoryOrders orders = new InMemoryOrders();

    @Override
    protected Orders orders() {
        return orders;
    }

    @Override
    protected UserId newCustomer() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    protected ProductId newProduct() {
        return new ProductId(UUID.randomUUID());
    }
}
