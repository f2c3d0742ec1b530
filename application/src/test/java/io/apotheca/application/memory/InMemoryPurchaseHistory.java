package io.apotheca.application.memory;

import io.apotheca.application.limits.port.out.PurchaseHistory;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.limits.PurchaseLimitPolicy.Purchase;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The customer's purchases, read from the orders kept in memory. */
public final class InMemoryPurchaseHistory implements PurchaseHistory {

    private final InMemoryOrders orders;

    public InMemoryPurchaseHistory(InMemoryOrders orders) {
        this.orders = orders;
    }

    @Override
    public List<Purchase> of(UserId customer, Collection<ProductId> products, Instant since) {
        return orders.all().stream()
                .map(placed -> placed.order())
                .filter(order -> order.details().customer().equals(customer))
                .filter(order -> order.details().placedAt().isAfter(since))
                .filter(InMemoryPurchaseHistory::counts)
                .flatMap(order -> order.details().lines().stream()
                        .filter(line -> products.contains(line.productId()))
                        .map(line -> new Purchase(
                                line.productId(),
                                line.quantity().units(),
                                order.details().placedAt())))
                .toList();
    }

    private static boolean counts(Order order) {
        return !(order instanceof Order.Cancelled)
                && !(order instanceof Order.Refunded refunded && refunded.refundedFrom() == OrderStatus.PAID);
    }
}
