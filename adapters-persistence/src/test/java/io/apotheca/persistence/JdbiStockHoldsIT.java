package io.apotheca.persistence;

import io.apotheca.application.inventory.StockHoldsContract;
import io.apotheca.application.inventory.port.out.StockHolds;
import io.apotheca.application.shared.port.out.Transactions;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.OrderId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL stock holds, split into slots, held to the holds contract on a real database. */
class JdbiStockHoldsIT extends StockHoldsContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;
    private static CategoryId shelf;

    @BeforeAll
    static void open() {
        shelf = Records.shelf(persistence, "holds");
    }

    @Override
    protected StockHolds holds() {
        return persistence.stockHolds();
    }

    @Override
    protected Transactions transactions() {
        return persistence.transactions();
    }

    @Override
    protected ProductId newProduct() {
        return Records.product(persistence, shelf);
    }

    @Override
    protected OrderId newOrder() {
        return Records.order(persistence, shelf);
    }
}
