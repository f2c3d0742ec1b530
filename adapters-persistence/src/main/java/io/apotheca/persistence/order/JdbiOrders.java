package io.apotheca.persistence.order;

import io.apotheca.application.order.port.out.Orders;
import io.apotheca.application.order.port.out.Orders.PaymentSummary;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderDetails;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.OrderStatus;
import io.apotheca.domain.order.ShippingAddress;
import io.apotheca.domain.pricing.Totals;
import io.apotheca.persistence.JdbiContext;
import io.apotheca.persistence.OneTrip;
import io.apotheca.persistence.payment.PaymentRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Orders in {@code orders} and {@code order_lines}. One status column and one timestamp column per
 * step; reading turns them back into the state's own type.
 */
public final class JdbiOrders implements Orders {

    private static final String COLUMNS =
            "id, customer_id, status, currency, shipping_address::text AS shipping_address, "
                    + "placed_at, hold_expires_at, payment_reference, paid_at, confirmed_at, fulfilled_at, shipped_at, "
                    + "delivered_at, cancelled_at, cancellation_reason, refunded_at, refunded_from, "
                    + "shipping_minor, shipping_option_id, shipping_name, shipping_free_over_threshold, "
                    + "ARRAY(SELECT p.id FROM prescriptions p WHERE p.order_id = orders.id ORDER BY p.id) AS prescription_ids";

    private final JdbiContext db;

    public JdbiOrders(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(Order order, ShippingAddress address) {
        db.with(h -> {
            OneTrip trip = new OneTrip();
            addTo(trip, order, address);
            trip.send(h);
            return null;
        });
    }

    /** Adds the statements that record the order and its lines to a round trip. */
    static void addTo(OneTrip trip, Order order, ShippingAddress address) {
        OrderDetails d = order.details();
        trip.execute(
                """
                INSERT INTO orders (id, customer_id, status, currency, total_minor, subtotal_minor, tax_minor,
                                    shipping_minor, shipping_option_id, shipping_name,
                                    shipping_free_over_threshold, shipping_address, placed_at, hold_expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)""",
                d.id().value(),
                d.customer().value(),
                order.status().name(),
                d.total().currency().getCurrencyCode(),
                d.total().minor(),
                d.totals().subtotal().minor(),
                d.totals().tax().minor(),
                d.shipping().amount().minor(),
                d.shipping().option().map(o -> o.value()).orElse(null),
                d.shipping().name(),
                d.shipping().freeOverThreshold(),
                OrderRows.json(address),
                d.placedAt().atOffset(ZoneOffset.UTC),
                order instanceof Order.Open open ? open.holdExpiresAt().atOffset(ZoneOffset.UTC) : null);
        int position = 0;
        for (OrderLine line : d.lines()) {
            trip.execute(
                    """
                    INSERT INTO order_lines (order_id, position, product_id, name, quantity, unit_price_minor,
                                             requires_prescription, tax_category, tax_rate, tax_minor)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    d.id().value(),
                    position++,
                    line.productId().value(),
                    line.name(),
                    line.quantity().units(),
                    line.unitPrice().minor(),
                    line.requiresPrescription(),
                    line.taxCategory().name(),
                    line.taxRate().percent(),
                    line.tax().minor());
        }
    }

    /** One round trip: the order, its lines and its latest payment, asked for together. */
    @Override
    public Optional<Placed> byId(OrderId id) {
        List<OrderRows.OrderRow> rows = new ArrayList<>();
        Map<UUID, List<OrderLine>> lines = new HashMap<>();
        Map<UUID, PaymentSummary> payments = new HashMap<>();
        db.with(h -> {
            new OneTrip()
                    .query(
                            "SELECT " + COLUMNS + " FROM orders WHERE id = ?",
                            found -> {
                                while (found.next()) {
                                    rows.add(OrderRows.OrderRow.read(found, null));
                                }
                            },
                            id.value())
                    .query(LINES + "order_id = ? " + LINES_ORDER, found -> readLines(found, lines), id.value())
                    .query(
                            PAYMENTS + "p.order_id = ? " + PAYMENTS_ORDER,
                            found -> readPayments(found, payments),
                            id.value())
                    .send(h);
            return null;
        });
        return assemble(rows, lines, payments).stream().findFirst();
    }

    @Override
    public Optional<Placed> lock(OrderId id) {
        return db.with(h -> load(h, "SELECT " + COLUMNS + " FROM orders WHERE id = :id FOR UPDATE", id).stream()
                .findFirst());
    }

    @Override
    public List<OrderId> holdExpiredBy(Instant now, int limit) {
        return db.with(h -> h.createQuery(
                        "SELECT id FROM orders o WHERE status IN ('AWAITING_PRESCRIPTION', 'AWAITING_PAYMENT')"
                                + " AND hold_expires_at <= :now"
                                // a card being charged at dispensing: its order waits for the provider's word
                                + " AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id"
                                + " AND p.status = 'CAPTURE_REQUESTED')"
                                + " ORDER BY hold_expires_at LIMIT :limit")
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .bind("limit", limit)
                .map((row, ctx) -> new OrderId(row.getObject("id", UUID.class)))
                .list());
    }

    @Override
    public boolean anyInFlight(UserId customer) {
        return db.with(h -> h.createQuery(
                        "SELECT EXISTS (SELECT 1 FROM orders WHERE customer_id = :customer AND status IN (<statuses>))")
                .bind("customer", customer.value())
                .bindList(
                        "statuses",
                        Arrays.stream(OrderStatus.values())
                                .filter(OrderStatus::inFlight)
                                .map(OrderStatus::name)
                                .toList())
                .mapTo(Boolean.class)
                .one());
    }

    @Override
    public void anonymiseAddresses(UserId customer) {
        db.with(h -> {
            Map<UUID, String> addresses = new HashMap<>();
            h.createQuery("SELECT id, shipping_address::text AS address FROM orders WHERE customer_id = :customer")
                    .bind("customer", customer.value())
                    .map((row, ctx) -> Map.entry(row.getObject("id", UUID.class), row.getString("address")))
                    .forEach(entry -> addresses.put(entry.getKey(), entry.getValue()));
            addresses.forEach((id, address) -> h.createUpdate(
                            "UPDATE orders SET shipping_address = CAST(:address AS jsonb) WHERE id = :id")
                    .bind("id", id)
                    .bind("address", OrderRows.json(OrderRows.address(address).anonymised()))
                    .execute());
            return addresses.size();
        });
    }

    @Override
    public void update(Order order) {
        db.with(h -> {
            h.createUpdate("""
                            UPDATE orders SET status = :status, hold_expires_at = :hold,
                                payment_reference = COALESCE(:payment, payment_reference),
                                paid_at = COALESCE(:paidAt, paid_at), confirmed_at = COALESCE(:confirmedAt, confirmed_at),
                                fulfilled_at = COALESCE(:fulfilledAt, fulfilled_at),
                                shipped_at = COALESCE(:shippedAt, shipped_at),
                                delivered_at = COALESCE(:deliveredAt, delivered_at),
                                cancelled_at = COALESCE(:cancelledAt, cancelled_at),
                                cancellation_reason = COALESCE(:reason, cancellation_reason),
                                refunded_at = :refundedAt, refunded_from = :refundedFrom
                            WHERE id = :id""")
                    .bind("id", order.id().value())
                    .bind("status", order.status().name())
                    .bind("hold", order instanceof Order.Open open ? at(open.holdExpiresAt()) : null)
                    .bind("payment", order instanceof Order.Paid paid ? paid.paymentReference() : null)
                    .bind("paidAt", order instanceof Order.Paid paid ? at(paid.paidAt()) : null)
                    .bind("confirmedAt", order instanceof Order.Confirmed c ? at(c.confirmedAt()) : null)
                    .bind("fulfilledAt", order instanceof Order.Fulfilled f ? at(f.fulfilledAt()) : null)
                    .bind("shippedAt", order instanceof Order.Shipped s ? at(s.shippedAt()) : null)
                    .bind("deliveredAt", order instanceof Order.Delivered d ? at(d.deliveredAt()) : null)
                    .bind("cancelledAt", order instanceof Order.Cancelled c ? at(c.cancelledAt()) : null)
                    .bind(
                            "reason",
                            order instanceof Order.Cancelled c ? c.reason().code() : null)
                    .bind("refundedAt", order instanceof Order.Refunded r ? at(r.refundedAt()) : null)
                    .bind(
                            "refundedFrom",
                            order instanceof Order.Refunded r ? r.refundedFrom().name() : null)
                    .execute();
            if (order.status() == OrderStatus.FULFILLED) {
                // the lots a line took are written once, when the order is dispensed; no other step changes them
                writeLots(h, order);
            }
            return null;
        });
    }

    @Override
    public Map<OrderId, Instant> holdsOf(java.util.Collection<OrderId> orders) {
        if (orders.isEmpty()) {
            return Map.of();
        }
        Map<OrderId, Instant> holds = new HashMap<>();
        db.with(h -> h.createQuery("SELECT id, hold_expires_at FROM orders WHERE id = ANY(:ids)"
                                + " AND status IN ('AWAITING_PRESCRIPTION', 'AWAITING_PAYMENT')")
                        .bindArray(
                                "ids",
                                UUID.class,
                                orders.stream().map(OrderId::value).toArray())
                        .map((row, ctx) -> Map.entry(
                                new OrderId(row.getObject("id", UUID.class)),
                                row.getObject("hold_expires_at", java.time.OffsetDateTime.class)
                                        .toInstant()))
                        .list())
                .forEach(e -> holds.put(e.getKey(), e.getValue()));
        return holds;
    }

    @Override
    public void withdrawLines(Order order, java.util.Set<ProductId> withdrawn) {
        Totals totals = order.details().totals();
        db.with(h -> {
            h.createUpdate(
                            "UPDATE order_lines SET withdrawn = true WHERE order_id = :order AND product_id = ANY(:products)")
                    .bind("order", order.id().value())
                    .bindArray(
                            "products",
                            UUID.class,
                            withdrawn.stream().map(ProductId::value).toArray())
                    .execute();
            return h.createUpdate("UPDATE orders SET subtotal_minor = :subtotal, tax_minor = :tax,"
                            + " shipping_minor = :shipping, total_minor = :total WHERE id = :id")
                    .bind("id", order.id().value())
                    .bind("subtotal", totals.subtotal().minor())
                    .bind("tax", totals.tax().minor())
                    .bind("shipping", totals.shipping().minor())
                    .bind("total", totals.total().minor())
                    .execute();
        });
    }

    /** Every line's lots, in one statement. */
    private static void writeLots(Handle h, Order order) {
        List<OrderLine> lines = order.details().lines();
        List<UUID> products = new ArrayList<>();
        List<String> lots = new ArrayList<>();
        for (OrderLine line : lines) {
            products.add(line.productId().value());
            lots.add(OrderRows.json(line.lots().stream()
                    .map(l -> new OrderRows.LotJson(
                            l.lot().value(), l.expiryDate().toString(), l.quantity()))
                    .toList()));
        }
        h.createUpdate("""
                        UPDATE order_lines l SET lots = CAST(v.lots AS jsonb)
                        FROM unnest(:products, :lots) AS v(product_id, lots)
                        WHERE l.order_id = :order AND l.product_id = v.product_id AND NOT l.withdrawn""")
                .bind("order", order.id().value())
                .bindArray("products", UUID.class, products)
                .bindArray("lots", String.class, lots)
                .execute();
    }

    @Override
    public List<Placed> list(
            Optional<UserId> customer, Optional<OrderStatus> status, Optional<OrderId> before, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM orders WHERE true");
        customer.ifPresent(c -> sql.append(" AND customer_id = :customer"));
        status.ifPresent(s -> sql.append(" AND status = :status"));
        before.ifPresent(b -> sql.append(" AND id < :before"));
        sql.append(" ORDER BY id DESC LIMIT :limit");
        return db.with(h -> {
            var query = h.createQuery(sql.toString()).bind("limit", limit);
            customer.ifPresent(c -> query.bind("customer", c.value()));
            status.ifPresent(s -> query.bind("status", s.name()));
            before.ifPresent(b -> query.bind("before", b.value()));
            return assemble(h, query.map(OrderRows.OrderRow::read).list());
        });
    }

    private static List<Placed> load(Handle h, String sql, OrderId id) {
        return assemble(
                h,
                h.createQuery(sql)
                        .bind("id", id.value())
                        .map(OrderRows.OrderRow::read)
                        .list());
    }

    /** Each order's lines (those not withdrawn), by the ending {@code order_id ...}. */
    private static final String LINES =
            "SELECT order_id, product_id, name, quantity, unit_price_minor, requires_prescription, lots::text AS lots, "
                    + "order_lines.tax_category, order_lines.tax_rate, order_lines.tax_minor, "
                    + "o.currency FROM order_lines JOIN orders o ON o.id = order_id WHERE NOT order_lines.withdrawn AND ";

    private static final String LINES_ORDER = "ORDER BY order_id, position";

    /** Each order's latest payment and what was refunded of it, by the ending {@code p.order_id ...}. */
    private static final String PAYMENTS = "SELECT DISTINCT ON (p.order_id) " + PaymentRows.PAYMENT_COLUMNS + ", "
            + "(SELECT COALESCE(sum(r.amount_minor), 0) FROM refunds r WHERE r.payment_id = p.id "
            + "AND r.status IN ('PENDING', 'SUCCEEDED')) AS refunded_minor FROM payments p WHERE ";

    private static final String PAYMENTS_ORDER = "ORDER BY p.order_id, p.attempt DESC";

    private static void readLines(ResultSet found, Map<UUID, List<OrderLine>> lines) throws SQLException {
        while (found.next()) {
            Map.Entry<UUID, OrderLine> line = OrderRows.line(found, null);
            lines.computeIfAbsent(line.getKey(), k -> new ArrayList<>()).add(line.getValue());
        }
    }

    private static void readPayments(ResultSet found, Map<UUID, PaymentSummary> payments) throws SQLException {
        while (found.next()) {
            PaymentSummary summary = OrderRows.paymentSummary(found, null);
            payments.put(summary.latest().orderId().value(), summary);
        }
    }

    private static List<Placed> assemble(Handle h, List<OrderRows.OrderRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(OrderRows.OrderRow::id).toList();
        Map<UUID, List<OrderLine>> lines = new HashMap<>();
        h.createQuery(LINES + "order_id = ANY(:ids) " + LINES_ORDER)
                .bindArray("ids", UUID.class, ids)
                .map(OrderRows::line)
                .forEach(line -> lines.computeIfAbsent(line.getKey(), k -> new ArrayList<>())
                        .add(line.getValue()));
        Map<UUID, PaymentSummary> payments = new HashMap<>();
        h.createQuery(PAYMENTS + "p.order_id = ANY(:ids) " + PAYMENTS_ORDER)
                .bindArray("ids", UUID.class, ids)
                .map(OrderRows::paymentSummary)
                .forEach(summary -> payments.put(summary.latest().orderId().value(), summary));
        return assemble(rows, lines, payments);
    }

    private static List<Placed> assemble(
            List<OrderRows.OrderRow> rows, Map<UUID, List<OrderLine>> lines, Map<UUID, PaymentSummary> payments) {
        List<Placed> placed = new ArrayList<>();
        for (OrderRows.OrderRow row : rows) {
            List<OrderLine> orderLines = lines.get(row.id());
            Currency currency = orderLines.get(0).unitPrice().currency();
            OrderDetails details = new OrderDetails(
                    new OrderId(row.id()), row.customer(), orderLines, row.shipping(currency), row.placedAt());
            placed.add(new Placed(
                    row.state(details),
                    row.address(),
                    row.prescriptions(),
                    Optional.ofNullable(payments.get(row.id()))));
        }
        return placed;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
