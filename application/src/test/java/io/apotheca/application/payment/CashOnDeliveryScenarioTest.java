package io.apotheca.application.payment;

import static io.apotheca.application.memory.Outcomes.done;
import static io.apotheca.application.memory.Outcomes.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.cart.CartUseCases;
import io.apotheca.application.cart.port.in.ManageCartUseCase;
import io.apotheca.application.catalog.CatalogUseCases;
import io.apotheca.application.catalog.port.in.ManageCategoriesUseCase.NewCategory;
import io.apotheca.application.catalog.port.in.ManageProductsUseCase.Draft;
import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.inventory.InventoryUseCases;
import io.apotheca.application.inventory.port.in.ManageStockUseCase.Receipt;
import io.apotheca.application.memory.InMemoryPharmacy;
import io.apotheca.application.order.OrderUseCases;
import io.apotheca.application.order.port.in.CheckoutUseCase.AddressLines;
import io.apotheca.application.order.port.in.FulfilOrdersUseCase;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.payment.port.in.PayForOrderUseCase;
import io.apotheca.application.payment.port.in.PayForOrderUseCase.PaymentStarted;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.PaymentReason;
import io.apotheca.application.shared.Refusal.Reason;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.order.OrderStatus;
import io.apotheca.domain.payment.PaymentMethod;
import io.apotheca.domain.payment.PaymentStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Cash on delivery through the use cases alone, on in-memory stores: choosing it confirms the order
 * (and tells the outbox), a confirmed order is not paid for again, a stranger cannot choose it for someone
 * else's order, and the cash counts as collected only when the courier hands the parcel over.
 */
class CashOnDeliveryScenarioTest {

    private static final AddressLines HOME = new AddressLines("Ada", "1 A St", null, "Oslo", null, "0150", "NO");

    private final InMemoryPharmacy pharmacy =
            new InMemoryPharmacy(Duration.ofDays(30), Duration.ofMinutes(30), Duration.ofDays(3));
    private final PaymentUseCases payments = new PaymentUseCases(pharmacy.paymentPorts);
    private final PayForOrderUseCase pay = payments.pay();
    private final FulfilOrdersUseCase fulfilment = OrderUseCases.fulfilment(pharmacy.orderPorts);
    private final ManageCartUseCase cart = CartUseCases.cart(
            pharmacy.carts,
            pharmacy.products,
            pharmacy.orderPorts.pricing(),
            pharmacy.orderPorts.limits(),
            pharmacy.clock);
    private final Caller admin = pharmacy.signedIn(Role.ADMIN, true);
    private final Caller customer = pharmacy.signedIn(Role.CUSTOMER, true);
    private final Caller stranger = pharmacy.signedIn(Role.CUSTOMER, true);

    @Test
    void cash_on_delivery_confirms_the_order_once_and_is_collected_at_the_door() {
        UUID order = placedOrder();
        String cash = PaymentMethod.CASH_ON_DELIVERY.code();

        assertThat(refusal(pay.pay(stranger, new PayForOrderUseCase.Command(order, cash))))
                .isEqualTo(CommonReason.NOT_FOUND);
        PaymentStarted started = done(pay.pay(customer, new PayForOrderUseCase.Command(order, cash)));
        Reason again = refusal(pay.pay(customer, new PayForOrderUseCase.Command(order, cash)));

        assertThat(started.order().order().status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(started.payment().status()).isEqualTo(PaymentStatus.CONFIRMED);
        assertThat(started.clientSecret()).isEmpty();
        assertThat(again).isEqualTo(PaymentReason.ORDER_NOT_PAYABLE);
        assertThat(pharmacy.payments.ofOrder(started.order().order().id())).hasSize(1);
        assertThat(pharmacy.outbox.lockUnpublished(100))
                .filteredOn(event -> event.type().equals("order.confirmed"))
                .extracting(DomainEvent::data)
                .singleElement()
                .satisfies(data -> assertThat(data)
                        .containsEntry("method", cash)
                        .containsEntry("paymentId", started.payment().id().toString()));

        done(fulfilment.fulfil(admin, order));
        done(fulfilment.ship(admin, order));
        assertThat(pharmacy.payments.ofOrder(started.order().order().id()))
                .extracting(p -> p.status())
                .containsExactly(PaymentStatus.CONFIRMED);
        Placed delivered = done(fulfilment.deliver(admin, order));

        assertThat(delivered.order().status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(pharmacy.payments.ofOrder(delivered.order().id()))
                .extracting(p -> p.status())
                .containsExactly(PaymentStatus.COLLECTED);
    }

    private UUID placedOrder() {
        UUID category = done(CatalogUseCases.categories(pharmacy.catalog)
                        .create(admin, new NewCategory("Cold", "cold", null)))
                .id()
                .value();
        UUID product = done(CatalogUseCases.products(pharmacy.catalog)
                        .create(
                                admin,
                                new Draft(
                                        "LOZ-24",
                                        "Lozenges",
                                        "For sore throats",
                                        "Acme",
                                        category,
                                        650L,
                                        "USD",
                                        false,
                                        2,
                                        true,
                                        null,
                                        null)))
                .product()
                .id()
                .value();
        LocalDate today = LocalDate.ofInstant(pharmacy.clock.instant(), ZoneOffset.UTC);
        done(InventoryUseCases.stock(pharmacy.inventory)
                .receive(admin, new Receipt(product, "L1", today.plusDays(200), 5)));
        done(cart.setQuantity(customer, product, 2));
        return done(OrderUseCases.checkout(pharmacy.orderPorts).checkout(customer, HOME, Optional.empty()))
                .order()
                .id()
                .value();
    }
}
