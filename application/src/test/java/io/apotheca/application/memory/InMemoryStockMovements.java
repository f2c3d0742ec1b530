package io.apotheca.application.memory;

import io.apotheca.application.inventory.port.out.StockMovements;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The stock ledger as a list, oldest first. It refuses what the database's checks refuse: an
 * unknown kind, a movement of no units other than a quarantine (which never moves any), an empty
 * reason for an adjustment or a quarantine, and a second movement under an id already written.
 */
public final class InMemoryStockMovements implements StockMovements {

    private static final Set<String> KINDS = Set.of("RECEIPT", "ADJUSTMENT", "DISPENSED", "QUARANTINED");

    private final List<Movement> movements = new CopyOnWriteArrayList<>();

    @Override
    public synchronized void record(Movement movement) {
        String kind = movement.kind();
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("no such kind of movement: " + kind);
        }
        if (kind.equals("QUARANTINED") != (movement.delta() == 0)) {
            throw new IllegalArgumentException("only a quarantine moves no units, and it never moves any");
        }
        boolean needsReason = kind.equals("ADJUSTMENT") || kind.equals("QUARANTINED");
        // like the database's check, an absent reason passes and only an empty one is refused
        if (needsReason && movement.reason().filter(String::isEmpty).isPresent()) {
            throw new IllegalArgumentException(kind + " needs a reason");
        }
        if (movements.stream().anyMatch(m -> m.id().equals(movement.id()))) {
            throw new IllegalStateException("movement " + movement.id() + " is already written");
        }
        movements.add(movement);
    }

    /** Every movement so far, oldest first. */
    public List<Movement> all() {
        return List.copyOf(movements);
    }
}
