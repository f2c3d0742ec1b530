package io.apotheca.persistence.inventory;

import io.apotheca.application.inventory.port.out.StockMovements;
import io.apotheca.domain.identity.UserId;
import io.apotheca.persistence.JdbiContext;
import java.time.ZoneOffset;

/** The stock ledger in {@code stock_movements}. */
public final class JdbiStockMovements implements StockMovements {

    private final JdbiContext db;

    public JdbiStockMovements(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void record(Movement movement) {
        db.with(h -> h.createUpdate("""
                        INSERT INTO stock_movements (id, batch_id, kind, delta, reason, order_id, actor_id, occurred_at)
                        VALUES (:id, :batch, :kind, :delta, :reason, :order, :actor, :at)""")
                .bind("id", movement.id())
                .bind("batch", movement.batchId().value())
                .bind("kind", movement.kind())
                .bind("delta", movement.delta())
                .bind("reason", movement.reason().orElse(null))
                .bind("order", movement.orderId().orElse(null))
                .bind("actor", movement.actor().map(UserId::value).orElse(null))
                .bind("at", movement.at().atOffset(ZoneOffset.UTC))
                .execute());
    }
}
