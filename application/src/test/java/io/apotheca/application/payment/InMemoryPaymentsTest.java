package io.apotheca.application.payment;

import io.apotheca.application.memory.InMemoryOrders;
import io.apotheca.application.memory.InMemoryPayments;
import io.apotheca.application.order.port.out.Orders;
import io.apotheca.application.payment.port.out.Payments;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import java.util.UUID;

/** The in-memory payments and refunds, held to the same contract as the PostgreSQL store. */
class InMemoryPaymentsTest extends PaymentsContract {

    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryPayments payments = new InMemoryPayments(orders);

    @Override
    protected Payments payments() {
        return payments;
    }

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
