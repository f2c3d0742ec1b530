package io.apotheca.application.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.limits.port.out.PurchaseHistory;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.inventory.LotNumber;
import io.apotheca.domain.limits.PurchaseLimitPolicy.Purchase;
import io.apotheca.domain.order.CancellationReason;
import io.apotheca.domain.order.DispensedLot;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderDetails;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PurchaseHistory} must count: a customer's lines of the products asked, in
 * orders placed after the instant given, that still count as purchases. Each adapter's test
 * extends this class and says how to make a customer and a product and how to keep an order.
 */
public abstract class PurchaseHistoryContract {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    protected abstract PurchaseHistory history();

    protected abstract UserId newCustomer();

    protected abstract ProductId newProduct();

    /** Keeps the order as placed, then in each later state given, in turn. */
    protected abstract void keep(Order placed, List<Order> later);

    @Test
    void placed_paid_and_dispensed_orders_count_cancelled_ones_and_refunds_before_dispensing_do_not() {
        UserId customer = newCustomer();
        ProductId limited = newProduct();
        Order.AwaitingPayment placed = placed(customer, limited, 1, NOW.minus(Duration.ofHours(5)));
        keep(placed, List.of());
        Order.AwaitingPayment paid = placed(customer, limited, 2, NOW.minus(Duration.ofHours(4)));
        keep(paid, List.of(paid.paid("pi_1", NOW)));
        Order.AwaitingPayment dispensedThenRefunded = placed(customer, limited, 3, NOW.minus(Duration.ofHours(3)));
        Order.Paid dispensedPaid = dispensedThenRefunded.paid("pi_2", NOW);
        Order.Fulfilled dispensed = dispensedPaid.fulfil(
                Map.of(limited, List.of(new DispensedLot(new LotNumber("L-1"), LocalDate.of(2030, 1, 1), 3))), NOW);
        keep(dispensedThenRefunded, List.of(dispensedPaid, dispensed, dispensed.refund(NOW)));
        Order.AwaitingPayment cancelled = placed(customer, limited, 4, NOW.minus(Duration.ofHours(2)));
        keep(cancelled, List.of(cancelled.cancel(CancellationReason.EXPIRED, NOW)));
        Order.AwaitingPayment refundedUnsent = placed(customer, limited, 5, NOW.minus(Duration.ofHours(1)));
        Order.Paid refundedPaid = refundedUnsent.paid("pi_3", NOW);
        keep(refundedUnsent, List.of(refundedPaid, refundedPaid.refund(NOW)));

        List<Purchase> counted = history().of(customer, List.of(limited), NOW.minus(Duration.ofDays(1)));

        assertThat(counted).extracting(Purchase::units).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(counted)
                .filteredOn(p -> p.units() == 1)
                .singleElement()
                .satisfies(p -> assertThat(p.at()).isEqualTo(NOW.minus(Duration.ofHours(5))));
    }

    @Test
    void only_the_products_asked_the_customer_and_orders_placed_after_the_instant_count() {
        UserId customer = newCustomer();
        ProductId limited = newProduct();
        ProductId other = newProduct();
        keep(placed(customer, limited, 1, NOW.minus(Duration.ofDays(2))), List.of());
        keep(placed(customer, other, 2, NOW), List.of());
        keep(placed(newCustomer(), limited, 3, NOW), List.of());
        Instant since = NOW.minus(Duration.ofDays(1));
        keep(placed(customer, limited, 4, since), List.of()); // at the instant itself: outside the window

        assertThat(history().of(customer, List.of(limited), since)).isEmpty();
        assertThat(history().of(customer, List.of(limited, other), since))
                .extracting(Purchase::product, Purchase::units)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(other, 2));
        assertThat(history().of(customer, List.of(), since)).isEmpty();
    }

    private static Order.AwaitingPayment placed(UserId customer, ProductId product, int units, Instant at) {
        OrderDetails details = new OrderDetails(
                new OrderId(UUID.randomUUID()),
                customer,
                List.of(new OrderLine(
                        product, "Pseudoephedrine 60 mg", Quantity.of(units), Money.of(649, "USD"), false, List.of())),
                at);
        return (Order.AwaitingPayment) Order.place(details, at, Duration.ofMinutes(30), Duration.ofHours(48));
    }
}
