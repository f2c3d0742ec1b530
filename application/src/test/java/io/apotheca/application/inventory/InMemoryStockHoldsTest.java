package io.apotheca.application.inventory;

import io.apotheca.application.inventory.port.out.StockHolds;
import io.apotheca.application.memory.InMemoryStockHolds;
import io.apotheca.application.memory.InMemoryTransactions;
import io.apotheca.application.shared.port.out.Transactions;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.OrderId;
import java.util.UUID;

/** The in-memory stock holds, held to the same contract as the PostgreSQL store. */
class InMemoryStockHoldsTest extends StockHoldsContract {

    private final InMemoryStockHolds holds = new InMemoryStockHolds();
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    protected StockHolds holds() {
        return holds;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected ProductId newProduct() {
        return new ProductId(UUID.randomUUID());
    }

    @Override
    protected OrderId newOrder() {
        return new OrderId(UUID.randomUUID());
    }
}
