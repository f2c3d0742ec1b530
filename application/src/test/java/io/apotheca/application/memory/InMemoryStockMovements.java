package io.apotheca.application.memory;

import io.apotheca.application.inventory.port.out.StockMovements;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The stock ledger as a list, oldest first. */
public final class InMemoryStockMovements implements StockMovements {

    private final List<Movement> movements = new CopyOnWriteArrayList<>();

    @Override
    public void record(Movement movement) {
        movements.add(movement);
    }

    /** Every movement so far, oldest first. */
    public List<Movement> all() {
        return List.copyOf(movements);
    }
}
