package io.apotheca.persistence.inventory;

import io.apotheca.application.inventory.port.out.StockMovements;
import io.apotheca.domain.identity.UserId;
import io.apotheca.persistence.JdbiContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The stock ledger in {@code stock_movements}: one row appended per movement, never changed. */
public final class JdbiStockMovements implements StockMovements {

    private final JdbiContext db;

    public JdbiStockMovements(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void record(Movement movement) {
        db.execute(
                Ledger.class,
                ledger -> ledger.append(
                        movement.id(),
                        movement.batchId().value(),
                        movement.kind(),
                        movement.delta(),
                        movement.reason().orElse(null),
                        movement.orderId().orElse(null),
                        movement.actor().map(UserId::value).orElse(null),
                        movement.at().atOffset(ZoneOffset.UTC)));
    }

    /** The ledger's one statement. */
    interface Ledger {

        @SqlUpdate("""
                INSERT INTO stock_movements (id, batch_id, kind, delta, reason, order_id, actor_id, occurred_at)
                VALUES (:id, :batch, :kind, :delta, :reason, :order, :actor, :at)""")
        void append(
                @Bind("id") UUID id,
                @Bind("batch") UUID batch,
                @Bind("kind") String kind,
                @Bind("delta") int delta,
                @Bind("reason") String reason,
                @Bind("order") UUID order,
                @Bind("actor") UUID actor,
                @Bind("at") OffsetDateTime at);
    }
}
