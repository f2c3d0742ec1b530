package io.apotheca.application.inventory;

import io.apotheca.application.inventory.port.out.StockMovements;
import io.apotheca.application.inventory.port.out.StockMovements.Movement;
import io.apotheca.application.memory.InMemoryStockMovements;
import io.apotheca.domain.inventory.BatchId;
import java.util.List;
import java.util.UUID;

/** The in-memory stock ledger, held to the same contract as the PostgreSQL one. */
class InMemoryStockMovementsTest extends StockMovementsContract {

    private final InMemoryStockMovements ledger = new InMemoryStockMovements();

    @Override
    protected StockMovements ledger() {
        return ledger;
    }

    @Override
    protected BatchId newLot() {
        return new BatchId(UUID.randomUUID());
    }

    @Override
    protected List<Movement> recorded(BatchId lot) {
        return ledger.all().stream().filter(m -> m.batchId().equals(lot)).toList();
    }
}
