package io.apotheca.application.limits;

import io.apotheca.application.limits.port.out.PurchaseHistory;
import io.apotheca.application.memory.InMemoryOrders;
import io.apotheca.application.memory.InMemoryPurchaseHistory;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.ShippingAddress;
import java.util.List;
import java.util.UUID;

class InMemoryPurchaseHistoryTest extends PurchaseHistoryContract {

    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryPurchaseHistory history = new InMemoryPurchaseHistory(orders);

    @Override
    protected PurchaseHistory history() {
        return history;
    }

    @Override
    protected UserId newCustomer() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    protected ProductId newProduct() {
        return new ProductId(UUID.randomUUID());
    }

    @Override
    protected void keep(Order placed, List<Order> later) {
        orders.add(placed, new ShippingAddress("Ada", "1 A St", null, "Oslo", null, "0150", "NO"));
        later.forEach(orders::update);
    }
}
