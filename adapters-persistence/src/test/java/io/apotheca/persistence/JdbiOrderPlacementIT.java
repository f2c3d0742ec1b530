package io.apotheca.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.OrderPlaced;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderDetails;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.order.ShippingAddress;
import io.apotheca.domain.shared.Money;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A checkout in one round trip, on a real database: all of it recorded (order, lines, event, holds),
 * or, when a line cannot be held or the account is gone, none of it: no order, no event, no units
 * held, not even of the lines that could be.
 */
class JdbiOrderPlacementIT {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;
    private static CategoryId shelf;

    @BeforeAll
    static void open() {
        shelf = Records.shelf(persistence, "placement");
    }

    @Test
    void a_whole_order_is_recorded_in_one_trip() throws SQLException {
        ProductId product = stocked(80);
        UserId customer = Records.customer(persistence);
        Order.Open order = order(customer, line(product, 4));

        long before = PostgresPersistence.statementsOnThisThread();
        boolean placed = place(order);

        assertThat(placed).isTrue();
        assertThat(PostgresPersistence.statementsOnThisThread() - before).isEqualTo(1);
        assertThat(persistence.orders().byId(order.id())).hasValueSatisfying(found -> {
            assertThat(found.order().status()).isEqualTo(order.status());
            assertThat(found.order().details().lines()).hasSize(1);
        });
        assertThat(count("SELECT count(*) FROM outbox WHERE aggregate_id = '" + order.id() + "'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM stock_holds WHERE order_id = '" + order.id() + "'"))
                .isEqualTo(1);
        assertThat(count("SELECT sum(held) FROM stock_slots WHERE product_id = '" + product + "'"))
                .isEqualTo(4);
    }

    @Test
    void a_line_no_slot_can_hold_leaves_nothing_of_the_order_not_even_the_lines_held_before_it() throws SQLException {
        ProductId plenty = stocked(80);
        ProductId scarce = stocked(8); // one unit a slot
        UserId customer = Records.customer(persistence);
        Order.Open order = order(customer, line(plenty, 3), line(scarce, 2));

        assertThat(place(order)).isFalse();

        assertNothingOf(order);
        assertThat(count("SELECT sum(held) FROM stock_slots WHERE product_id IN ('" + plenty + "', '" + scarce + "')"))
                .isZero();
        assertThat(count("SELECT sum(available) FROM stock_slots WHERE product_id = '" + plenty + "'"))
                .isEqualTo(80);
    }

    @Test
    void a_deleted_account_places_nothing() throws SQLException {
        ProductId product = stocked(80);
        UserId customer = Records.customer(persistence);
        execute("UPDATE users SET active = false, deleted_at = now() WHERE id = '" + customer + "'");
        Order.Open order = order(customer, line(product, 1));

        assertThat(place(order)).isFalse();

        assertNothingOf(order);
        assertThat(count("SELECT sum(held) FROM stock_slots WHERE product_id = '" + product + "'"))
                .isZero();
    }

    private static boolean place(Order.Open order) {
        List<UUID> holds = new ArrayList<>();
        order.details().lines().forEach(line -> holds.add(UUID.randomUUID()));
        return persistence
                .orderPlacement()
                .placeAtOnce(
                        order,
                        new ShippingAddress("Test Customer", "1 Test Street", null, "London", null, "SW1Y 4JH", "GB"),
                        EventEnvelopes.envelope(new OrderPlaced(order), UUID.randomUUID(), Instant.now()),
                        holds,
                        java.util.Optional.empty());
    }

    private static void assertNothingOf(Order.Open order) throws SQLException {
        assertThat(persistence.orders().byId(order.id())).isEmpty();
        assertThat(count("SELECT count(*) FROM order_lines WHERE order_id = '" + order.id() + "'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM outbox WHERE aggregate_id = '" + order.id() + "'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM stock_holds WHERE order_id = '" + order.id() + "'"))
                .isZero();
    }

    /** A product with this many sellable units spread over its slots. */
    private static ProductId stocked(int units) {
        ProductId product = Records.product(persistence, shelf);
        persistence.transactions().inTransaction(() -> {
            persistence.stockHolds().lock(product);
            persistence.stockHolds().spread(product, units);
            return null;
        });
        return product;
    }

    private static OrderLine line(ProductId product, int units) {
        return new OrderLine(product, "Ibuprofen 200 mg", Quantity.of(units), Money.of(350, "USD"), false, List.of());
    }

    private static Order.Open order(UserId customer, OrderLine... lines) {
        Instant now = Instant.now();
        OrderDetails details = new OrderDetails(new OrderId(UUID.randomUUID()), customer, List.of(lines), now);
        return Order.place(details, now, Duration.ofMinutes(30), Duration.ofHours(48));
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = postgres.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = postgres.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
