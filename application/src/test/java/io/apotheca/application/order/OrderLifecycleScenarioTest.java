package io.apotheca.application.order;

import static io.apotheca.application.memory.Outcomes.done;
import static io.apotheca.application.memory.Outcomes.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.cart.CartUseCases;
import io.apotheca.application.cart.port.in.ManageCartUseCase;
import io.apotheca.application.catalog.CatalogUseCases;
import io.apotheca.application.catalog.port.in.ManageCategoriesUseCase.NewCategory;
import io.apotheca.application.catalog.port.in.ManageProductsUseCase.Draft;
import io.apotheca.application.catalog.port.in.ProductDetails;
import io.apotheca.application.inventory.InventoryUseCases;
import io.apotheca.application.inventory.port.in.ManageStockUseCase;
import io.apotheca.application.inventory.port.in.ManageStockUseCase.Receipt;
import io.apotheca.application.memory.InMemoryPharmacy;
import io.apotheca.application.memory.InMemoryStockHolds.Hold;
import io.apotheca.application.order.port.in.CancelOrderUseCase;
import io.apotheca.application.order.port.in.CheckoutUseCase;
import io.apotheca.application.order.port.in.CheckoutUseCase.AddressLines;
import io.apotheca.application.order.port.in.FulfilOrdersUseCase;
import io.apotheca.application.order.port.in.ViewOrdersUseCase;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.IdentityReason;
import io.apotheca.application.shared.Principal;
import io.apotheca.domain.identity.LicenceNumber;
import io.apotheca.domain.identity.PharmacistLicence;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.CancellationReason;
import io.apotheca.domain.order.DispensedLot;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An order's whole life through the use cases alone, on in-memory stores: checkout holds stock,
 * cancelling gives it back, a paid order is dispensed first-expiry-first-out, shipped and
 * delivered, and an unpaid one expires. The same story runs over HTTP on PostgreSQL in {@code
 * OrderLifecycleApiIT}.
 */
class OrderLifecycleScenarioTest {

    private static final Duration UNPAID_TTL = Duration.ofMinutes(30);
    private static final AddressLines HOME = new AddressLines("Ada", "1 A St", null, "Oslo", null, "0150", "NO");

    private final InMemoryPharmacy pharmacy = new InMemoryPharmacy(Duration.ofDays(30), UNPAID_TTL, Duration.ofDays(3));
    private final ManageStockUseCase stock = InventoryUseCases.stock(pharmacy.inventory);
    private final ManageCartUseCase cart = CartUseCases.cart(
            pharmacy.carts,
            pharmacy.products,
            pharmacy.orderPorts.pricing(),
            pharmacy.orderPorts.limits(),
            pharmacy.clock);
    private final CheckoutUseCase checkout = OrderUseCases.checkout(pharmacy.orderPorts);
    private final ViewOrdersUseCase orders = OrderUseCases.view(pharmacy.orderPorts);
    private final CancelOrderUseCase cancel = OrderUseCases.cancel(pharmacy.orderPorts);
    private final FulfilOrdersUseCase fulfilment = OrderUseCases.fulfilment(pharmacy.orderPorts);

    private final Caller admin = caller(Role.ADMIN);
    private final Caller customer = pharmacy.signedIn(Role.CUSTOMER, true);
    private final Caller pharmacist = verifiedPharmacist();

    @Test
    void an_order_is_placed_cancelled_placed_again_paid_dispensed_fefo_shipped_delivered_and_another_expires() {
        UUID category = done(CatalogUseCases.categories(pharmacy.catalog)
                        .create(admin, new NewCategory("Pain", "pain", null)))
                .id()
                .value();
        UUID paracetamol = done(CatalogUseCases.products(pharmacy.catalog)
                        .create(
                                admin,
                                new Draft(
                                        "PARA-500",
                                        "Paracetamol 500 mg",
                                        "Pain relief",
                                        "Acme",
                                        category,
                                        499L,
                                        "USD",
                                        false,
                                        2,
                                        true,
                                        null,
                                        null)))
                .product()
                .id()
                .value();
        done(stock.receive(admin, new Receipt(paracetamol, "LATE", today().plusDays(300), 10)));
        done(stock.receive(admin, new Receipt(paracetamol, "SOON", today().plusDays(90), 4)));

        // placed, then cancelled by the customer: the stock comes back, a second cancel is refused
        done(cart.setQuantity(customer, paracetamol, 6));
        Placed first = done(checkout.checkout(customer, HOME, Optional.empty()));
        assertThat(first.order().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(((Order.Open) first.order()).holdExpiresAt())
                .isEqualTo(pharmacy.clock.instant().plus(UNPAID_TTL));
        assertThat(done(cart.view(customer)).lines()).isEmpty();
        assertThat(available(paracetamol)).isEqualTo(8);
        Placed cancelled = done(cancel.cancel(customer, id(first)));
        assertThat(((Order.Cancelled) cancelled.order()).reason()).isEqualTo(CancellationReason.CUSTOMER);
        assertThat(available(paracetamol)).isEqualTo(14);
        assertThat(refusal(cancel.cancel(customer, id(first)))).isEqualTo(CommonReason.INVALID_TRANSITION);

        // placed again; not dispensed before it is paid; once paid, dispensed soonest expiry first
        done(cart.setQuantity(customer, paracetamol, 6));
        Placed second = done(checkout.checkout(customer, HOME, Optional.empty()));
        assertThat(refusal(fulfilment.fulfil(pharmacist, id(second)))).isEqualTo(CommonReason.INVALID_TRANSITION);
        pharmacy.orders.update(((Order.AwaitingPayment) second.order()).paid("pi_scenario", pharmacy.clock.instant()));
        Placed fulfilled = done(fulfilment.fulfil(pharmacist, id(second)));
        assertThat(fulfilled.order().status()).isEqualTo(OrderStatus.FULFILLED);
        assertThat(fulfilled.order().details().lines().get(0).lots())
                .extracting(DispensedLot::quantity)
                .containsExactly(4, 2);
        assertThat(fulfilled.order().details().lines().get(0).lots())
                .extracting(lot -> lot.lot().value())
                .containsExactly("SOON", "LATE");
        assertThat(pharmacy.holds.of(second.order().id()))
                .allMatch(h -> h.releasedAt().isPresent());
        ManageStockUseCase.Inventory afterDispensing = done(stock.inventory(admin, paracetamol));
        assertThat(afterDispensing.onHand()).isEqualTo(8);
        assertThat(afterDispensing.reserved()).isZero();
        assertThat(pharmacy.movements.all())
                .filteredOn(m -> m.kind().equals("DISPENSED"))
                .extracting(m -> m.delta())
                .containsExactly(-4, -2);
        assertThat(done(fulfilment.ship(admin, id(second))).order().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(done(fulfilment.deliver(admin, id(second))).order().status()).isEqualTo(OrderStatus.DELIVERED);

        // a third order nobody pays: past its hold it is cancelled as expired and its stock released
        done(cart.setQuantity(customer, paracetamol, 3));
        Placed third = done(checkout.checkout(customer, HOME, Optional.empty()));
        assertThat(available(paracetamol)).isEqualTo(5);
        pharmacy.clock.advance(UNPAID_TTL.plusSeconds(1));
        int expired = OrderUseCases.expireHolds(pharmacy.orderPorts).expireDue();
        assertThat(expired).isEqualTo(1);
        Order.Cancelled lapsed =
                (Order.Cancelled) done(orders.view(customer, id(third))).order();
        assertThat(lapsed.reason()).isEqualTo(CancellationReason.EXPIRED);
        assertThat(available(paracetamol)).isEqualTo(8);
        assertThat(pharmacy.holds.of(third.order().id()))
                .extracting(Hold::releasedAt)
                .allMatch(Optional::isPresent);
        assertThat(OrderUseCases.expireHolds(pharmacy.orderPorts).expireDue()).isZero();

        // every step left its event, in order, and the privileged ones their audit entries
        assertThat(pharmacy.outbox.typesOf(first.order().id().value().toString()))
                .containsExactly("order.placed", "order.cancelled");
        assertThat(pharmacy.outbox.typesOf(second.order().id().value().toString()))
                .containsExactly("order.placed", "order.fulfilled", "order.shipped", "order.delivered");
        assertThat(pharmacy.outbox.typesOf(third.order().id().value().toString()))
                .containsExactly("order.placed", "order.expired");
        assertThat(pharmacy.auditLog.actions()).contains("order.fulfilled", "order.shipped", "order.delivered");
        assertThat(done(orders.list(
                                customer,
                                Optional.empty(),
                                new io.apotheca.application.shared.PageRequest(Optional.empty(), 10)))
                        .items())
                .extracting(p -> p.order().status())
                .containsExactly(OrderStatus.CANCELLED, OrderStatus.DELIVERED, OrderStatus.CANCELLED);
    }

    @Test
    void a_customer_who_has_not_verified_their_email_fills_a_cart_but_cannot_check_out() {
        Caller unverified = pharmacy.signedIn(Role.CUSTOMER, false);
        UUID category = done(CatalogUseCases.categories(pharmacy.catalog)
                        .create(admin, new NewCategory("Cold", "cold", null)))
                .id()
                .value();
        UUID lozenges = done(CatalogUseCases.products(pharmacy.catalog)
                        .create(
                                admin,
                                new Draft(
                                        "LOZ-1",
                                        "Lozenges",
                                        "Throat",
                                        "Acme",
                                        category,
                                        299L,
                                        "USD",
                                        false,
                                        2,
                                        true,
                                        null,
                                        null)))
                .product()
                .id()
                .value();
        done(stock.receive(admin, new Receipt(lozenges, "L1", today().plusDays(300), 5)));
        done(cart.setQuantity(unverified, lozenges, 2));

        assertThat(refusal(checkout.checkout(unverified, HOME, Optional.empty())))
                .isEqualTo(IdentityReason.EMAIL_NOT_VERIFIED);
        assertThat(available(lozenges)).isEqualTo(5);
        assertThat(done(orders.list(
                                unverified,
                                Optional.empty(),
                                new io.apotheca.application.shared.PageRequest(Optional.empty(), 10)))
                        .items())
                .isEmpty();
        assertThat(done(cart.view(unverified)).lines()).hasSize(1);
    }

    private int available(UUID product) {
        ProductDetails details = done(CatalogUseCases.products(pharmacy.catalog).view(admin, product));
        return details.available();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(pharmacy.clock.instant(), ZoneOffset.UTC);
    }

    private Caller verifiedPharmacist() {
        Caller caller = caller(Role.PHARMACIST);
        UserId id = caller.principal().orElseThrow().userId();
        PharmacistLicence.PendingVerification pending = new PharmacistLicence.PendingVerification(
                id, new LicenceNumber("PH-" + id.value().toString().substring(0, 8), "CA"), pharmacy.clock.instant());
        pharmacy.licences.add(pending);
        pharmacy.licences.update(pending.approve(admin.principal().orElseThrow().userId(), pharmacy.clock.instant()));
        return caller;
    }

    private static Caller caller(Role role) {
        return new Caller(
                Optional.of(new Principal(new UserId(UUID.randomUUID()), role, UUID.randomUUID())),
                "scenario",
                "127.0.0.1");
    }

    private static UUID id(Placed placed) {
        return placed.order().id().value();
    }
}
