package io.apotheca.application.inventory.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.inventory.Batch;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An administrator receives lots and adjusts them (with a reason), each audited and
 * recorded in the stock ledger; an administrator or verified pharmacist reads a product's stock.
 */
public interface ManageStockUseCase {

    Outcome<Batch> receive(Caller caller, Receipt receipt);

    Outcome<Batch> adjust(Caller caller, UUID batchId, Integer delta, String reason);

    Outcome<Inventory> inventory(Caller caller, UUID productId);

    /**
     * @param productId the product received
     * @param lotNumber the lot printed on the packs
     * @param expiryDate the lot's expiry
     * @param quantity units received
     */
    record Receipt(UUID productId, String lotNumber, LocalDate expiryDate, Integer quantity) {}

    /**
     * A product's stock.
     *
     * @param productId the product
     * @param onHand units in every lot
     * @param reserved units held for open orders
     * @param available sellable units not reserved
     * @param batches its lots, soonest expiry first
     */
    record Inventory(UUID productId, int onHand, int reserved, int available, List<Batch> batches) {}
}
