package io.apotheca.persistence;

import io.apotheca.application.limits.PurchaseHistoryContract;
import io.apotheca.application.limits.port.out.PurchaseHistory;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.ShippingAddress;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Purchases counted from the orders in PostgreSQL, held to the contract on a real database. */
class JdbiPurchaseHistoryIT extends PurchaseHistoryContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;
    private static CategoryId shelf;

    @BeforeAll
    static void open() {
        shelf = Records.shelf(persistence, "purchase-history");
    }

    @Override
    protected PurchaseHistory history() {
        return persistence.purchaseHistory();
    }

    @Override
    protected UserId newCustomer() {
        return Records.customer(persistence);
    }

    @Override
    protected ProductId newProduct() {
        return Records.product(persistence, shelf);
    }

    @Override
    protected void keep(Order placed, List<Order> later) {
        persistence.transactions().inTransaction(() -> {
            persistence.orders().add(placed, new ShippingAddress("Ada", "1 A St", null, "Oslo", null, "0150", "NO"));
            later.forEach(persistence.orders()::update);
            return null;
        });
    }
}
