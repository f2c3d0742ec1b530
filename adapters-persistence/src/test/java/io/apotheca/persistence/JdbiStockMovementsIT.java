package io.apotheca.persistence;

import io.apotheca.application.inventory.StockMovementsContract;
import io.apotheca.application.inventory.port.out.StockMovements;
import io.apotheca.application.inventory.port.out.StockMovements.Movement;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.inventory.BatchId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL stock ledger, held to the ledger contract on a real database, read back by SQL. */
class JdbiStockMovementsIT extends StockMovementsContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;
    private static CategoryId shelf;

    @BeforeAll
    static void open() {
        shelf = Records.shelf(persistence, "ledger");
    }

    @Override
    protected StockMovements ledger() {
        return persistence.stockMovements();
    }

    @Override
    protected BatchId newLot() {
        return Records.batch(persistence, Records.product(persistence, shelf));
    }

    @Override
    protected List<Movement> recorded(BatchId lot) {
        try (Connection connection = postgres.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT id, kind, delta, reason, order_id, actor_id, occurred_at FROM stock_movements"
                                + " WHERE batch_id = ? ORDER BY occurred_at, id")) {
            query.setObject(1, lot.value());
            List<Movement> movements = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    movements.add(new Movement(
                            row.getObject("id", UUID.class),
                            lot,
                            row.getString("kind"),
                            row.getInt("delta"),
                            Optional.ofNullable(row.getString("reason")),
                            Optional.ofNullable(row.getObject("order_id", UUID.class)),
                            Optional.ofNullable(row.getObject("actor_id", UUID.class))
                                    .map(UserId::new),
                            row.getObject("occurred_at", OffsetDateTime.class).toInstant()));
                }
            }
            return movements;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
