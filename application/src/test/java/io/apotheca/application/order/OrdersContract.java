package io.apotheca.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.order.port.out.Orders;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.UuidV7Generator;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.inventory.LotNumber;
import io.apotheca.domain.order.CancellationReason;
import io.apotheca.domain.order.DispensedLot;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderDetails;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.OrderStatus;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.order.ShippingAddress;
import io.apotheca.domain.shared.Money;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every store of orders must do, whatever keeps them. The in-memory fake and the PostgreSQL
 * store each extend this class and say how to make a customer and a product the store accepts.
 */
public abstract class OrdersContract {

    private static final Instant PLACED = Instant.parse("2026-11-30T09:00:00Z");
    private static final Duration UNPAID_TTL = Duration.ofMinutes(30);
    private static final ShippingAddress ADDRESS =
            new ShippingAddress("Ada Lovelace", "12 St James's Square", null, "London", null, "SW1Y 4JH", "GB");

    private final UuidV7Generator ids = new UuidV7Generator(Clock.fixed(PLACED, ZoneOffset.UTC), new SecureRandom());

    /** The store under test. */
    protected abstract Orders orders();

    /** A customer the store may keep orders of. */
    protected abstract UserId newCustomer();

    /** A product on sale. */
    protected abstract ProductId newProduct();

    @Test
    void a_placed_order_reads_back_with_its_lines_address_and_hold() {
        Order.Open placed = place(newCustomer(), PLACED, newProduct(), newProduct());

        orders().add(placed, ADDRESS);

        assertThat(orders().byId(placed.id())).contains(new Placed(placed, ADDRESS));
        assertThat(orders().lock(placed.id())).contains(new Placed(placed, ADDRESS));
        assertThat(orders().byId(new OrderId(ids.next()))).isEmpty();
    }

    @Test
    void each_step_of_a_card_order_reads_back_as_its_own_state_and_the_lots_dispensed_stay() {
        ProductId product = newProduct();
        Order.AwaitingPayment placed = (Order.AwaitingPayment) place(newCustomer(), PLACED, product);
        orders().add(placed, ADDRESS);
        List<DispensedLot> lots = List.of(
                new DispensedLot(new LotNumber("L-EARLY"), LocalDate.parse("2027-03-31"), 1),
                new DispensedLot(new LotNumber("L-LATE"), LocalDate.parse("2027-09-30"), 1));

        Order.Paid paid = placed.paid("pi_contract", PLACED.plusSeconds(60));
        Order.Fulfilled fulfilled = paid.fulfil(Map.of(product, lots), PLACED.plusSeconds(120));
        Order.Shipped shipped = fulfilled.ship(PLACED.plusSeconds(180));
        Order.Delivered delivered = shipped.deliver(PLACED.plusSeconds(240));

        for (Order step : List.<Order>of(paid, fulfilled, shipped, delivered)) {
            orders().update(step);
            assertThat(orders().byId(placed.id()).map(Placed::order)).contains(step);
        }
        assertThat(orders().byId(placed.id())
                        .orElseThrow()
                        .order()
                        .details()
                        .lines()
                        .get(0)
                        .lots())
                .isEqualTo(lots);
    }

    @Test
    void a_cancelled_order_reads_back_with_its_reason_and_is_no_longer_in_flight() {
        UserId customer = newCustomer();
        Order.Open placed = place(customer, PLACED, newProduct());
        orders().add(placed, ADDRESS);
        assertThat(orders().anyInFlight(customer)).isTrue();

        Order.Cancelled cancelled = placed.cancel(CancellationReason.CUSTOMER, PLACED.plusSeconds(30));
        orders().update(cancelled);

        assertThat(orders().byId(placed.id()).map(Placed::order)).contains(cancelled);
        assertThat(orders().anyInFlight(customer)).isFalse();
    }

    @Test
    void orders_whose_hold_ran_out_come_oldest_hold_first_and_paid_ones_never() {
        UserId customer = newCustomer();
        Instant start = PLACED.plus(Duration.ofDays(400));
        Order.Open older = place(customer, start, newProduct());
        Order.Open newer = place(customer, start.plusSeconds(60), newProduct());
        Order.AwaitingPayment paidLater = (Order.AwaitingPayment) place(customer, start, newProduct());
        for (Order.Open order : List.of(newer, older, paidLater)) {
            orders().add(order, ADDRESS);
        }
        orders().update(paidLater.paid("pi_paid", start.plusSeconds(1)));
        Instant afterBoth = start.plus(UNPAID_TTL).plusSeconds(61);

        List<OrderId> expired = orders().holdExpiredBy(afterBoth, 1000);

        assertThat(expired).doesNotContain(paidLater.id());
        assertThat(expired.indexOf(older.id())).isNotNegative().isLessThan(expired.indexOf(newer.id()));
        assertThat(orders().holdExpiredBy(start.plus(UNPAID_TTL).plusSeconds(1), 1000))
                .contains(older.id())
                .doesNotContain(newer.id());
    }

    @Test
    void a_customers_orders_list_newest_first_by_status_and_page_by_the_last_id_seen() {
        UserId customer = newCustomer();
        Order.Open first = place(customer, PLACED, newProduct());
        Order.Open second = place(customer, PLACED, newProduct());
        Order.Open third = place(customer, PLACED, newProduct());
        for (Order.Open order : List.of(first, second, third)) {
            orders().add(order, ADDRESS);
        }
        orders().update(second.cancel(CancellationReason.CUSTOMER, PLACED.plusSeconds(5)));
        orders().add(place(newCustomer(), PLACED, newProduct()), ADDRESS);

        assertThat(ids(orders().list(Optional.of(customer), Optional.empty(), Optional.empty(), 10)))
                .containsExactly(third.id(), second.id(), first.id());
        assertThat(ids(orders().list(Optional.of(customer), Optional.empty(), Optional.of(third.id()), 1)))
                .containsExactly(second.id());
        assertThat(ids(orders().list(Optional.of(customer), Optional.of(OrderStatus.CANCELLED), Optional.empty(), 10)))
                .containsExactly(second.id());
    }

    @Test
    void anonymising_a_customers_addresses_keeps_only_the_country() {
        UserId customer = newCustomer();
        Order.Open mine = place(customer, PLACED, newProduct());
        Order.Open theirs = place(newCustomer(), PLACED, newProduct());
        orders().add(mine, ADDRESS);
        orders().add(theirs, ADDRESS);

        orders().anonymiseAddresses(customer);

        assertThat(orders().byId(mine.id()).orElseThrow().address()).isEqualTo(ADDRESS.anonymised());
        assertThat(orders().byId(theirs.id()).orElseThrow().address()).isEqualTo(ADDRESS);
    }

    private Order.Open place(UserId customer, Instant at, ProductId... products) {
        List<OrderLine> lines = java.util.Arrays.stream(products)
                .map(p ->
                        new OrderLine(p, "Paracetamol 500 mg", Quantity.of(2), Money.of(450, "USD"), false, List.of()))
                .toList();
        return Order.place(
                new OrderDetails(new OrderId(ids.next()), customer, lines, at), at, UNPAID_TTL, Duration.ofHours(48));
    }

    private static List<OrderId> ids(List<Placed> placed) {
        return placed.stream().map(p -> p.order().id()).toList();
    }
}
