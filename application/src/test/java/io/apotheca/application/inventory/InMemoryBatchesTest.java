package io.apotheca.application.inventory;

import io.apotheca.application.inventory.port.out.Batches;
import io.apotheca.application.memory.InMemoryBatches;
import io.apotheca.domain.catalog.ProductId;
import java.util.UUID;

/** The in-memory lots, held to the same contract as the PostgreSQL store. */
class InMemoryBatchesTest extends BatchesContract {

    private final InMemoryBatches batches = new InMemoryBatches();

    @Override
    protected Batches batches() {
        return batches;
    }

    @Override
    protected ProductId newProduct() {
        return new ProductId(UUID.randomUUID());
    }
}
