package io.apotheca.application.order;

import io.apotheca.application.inventory.InventoryPorts;
import io.apotheca.application.inventory.StockLevels;
import io.apotheca.application.order.port.in.OrdersUseCase;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.pricing.OrderPricing;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Commands;
import io.apotheca.application.shared.Cursors;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Page;
import io.apotheca.application.shared.PageRequest;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Refusal.Reason;
import io.apotheca.application.shared.RollbackRefusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.order.CancellationReason;
import io.apotheca.domain.order.Cart;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderDetails;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.OrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Checkout, order history and cancellation. */
final class OrderService implements OrdersUseCase {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final String CURSOR_LIST = "orders";

    private final OrderPorts ports;
    private final InventoryPorts inventory;
    private final StockLevels stock;

    OrderService(OrderPorts ports) {
        this.ports = ports;
        this.inventory = ports.inventory();
        this.stock = new StockLevels(inventory);
    }

    @Override
    public Outcome<Placed> checkout(Caller caller, ShippingAddress address, Optional<UUID> shippingOptionId) {
        return Access.withRole(caller, Role.CUSTOMER).then(customer -> {
            Optional<Refusal> unverified = ports.users()
                    .byId(customer.userId())
                    .filter(account -> ports.requireVerifiedEmail() && !account.emailVerified())
                    .map(account -> Refusal.of(
                            Reason.EMAIL_NOT_VERIFIED,
                            "Please verify your e-mail address before checking out; we can send the link again."));
            if (unverified.isPresent()) {
                return Outcome.refused(unverified.get());
            }
            Optional<Refusal> invalid = validate(address);
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            return Commands.run(inventory.transactions(), () -> placeOrder(customer, address, shippingOptionId))
                    .then(placed -> {
                        emptyCart(customer);
                        return Outcome.done(placed);
                    });
        });
    }

    /**
     * Empties the cart once the order is committed, not inside its transaction: a cart kept outside
     * the database (Redis) cannot roll back, and a checkout that failed must leave the cart as it
     * was. Should the process die between the two, the order stands and the cart still shows its
     * lines; the customer sees the order in their history.
     */
    private void emptyCart(Principal customer) {
        ports.carts().save(Cart.empty(customer.userId()));
    }

    /**
     * One transaction: lock the account, read the cart, price it with today's tax rates and the
     * chosen shipping option, then record and hold the order.
     */
    private Outcome<Placed> placeOrder(Principal customer, ShippingAddress address, Optional<UUID> shippingOptionId) {
        // the account's lock orders this checkout with a deletion of the account: one waits for the other
        if (ports.users()
                .lock(customer.userId())
                .filter(account -> !account.deleted())
                .isEmpty()) {
            return Outcome.refused(Refusal.unauthenticated());
        }
        Cart cart = ports.carts().load(customer.userId());
        List<Product> products = new ArrayList<>();
        cart.quantities().keySet().stream()
                .sorted(Comparator.comparing(ProductId::value))
                .forEach(id ->
                        inventory.products().byId(id).filter(Product::active).ifPresent(products::add));
        if (products.isEmpty()) {
            return Outcome.refused(Refusal.of(Reason.CART_EMPTY, "The cart is empty."));
        }
        return ports.pricing()
                .price(
                        products.stream()
                                .map(p -> new OrderPricing.Item(
                                        p, cart.quantities().get(p.id())))
                                .toList(),
                        shippingOptionId,
                        true)
                .then(priced -> holdAndRecord(customer, address, priced));
    }

    /**
     * Records the order, its lines and its event, then holds every line's units, in
     * product id order (the lock order of the stock), last, so that the rows other checkouts of the
     * same product wait for are held for as short a time as possible. A line that cannot be held
     * rolls everything back, and the refusal names every product that was short.
     */
    private Outcome<Placed> holdAndRecord(Principal customer, ShippingAddress address, OrderPricing.Priced priced) {
        Instant now = inventory.clock().instant();
        List<OrderLine> lines = priced.lines();
        Order.Open order = Order.place(
                new OrderDetails(new OrderId(inventory.ids().next()), customer.userId(), lines, priced.shipping(), now),
                now,
                ports.unpaidTtl(),
                ports.prescriptionTtl());
        ports.orders().add(order, address);
        OrderEvents.record(
                ports,
                "order.placed",
                order,
                Map.of(
                        "total", Long.toString(order.details().total().minor()),
                        "tax", Long.toString(order.details().totals().tax().minor()),
                        "shipping",
                                Long.toString(
                                        order.details().totals().shipping().minor()),
                        "currency", order.details().total().currency().getCurrencyCode()));
        List<String> shortOf = new ArrayList<>();
        for (OrderLine line : lines) {
            // once a line is short the order is refused; later lines are only checked, to name them all
            boolean enough = shortOf.isEmpty()
                    ? inventory.holds().hold(inventory.ids().next(), order.id(), line.productId(), line.quantity(), now)
                    : stock.available(line.productId()) >= line.quantity();
            if (!enough) {
                int available = stock.available(line.productId());
                shortOf.add(line.name() + " (" + line.productId() + ", " + available + " available)");
            }
        }
        if (!shortOf.isEmpty()) {
            throw new RollbackRefusal(
                    Refusal.of(Reason.INSUFFICIENT_STOCK, "Not enough stock for: " + String.join("; ", shortOf)));
        }
        return Outcome.done(new Placed(order, address));
    }

    @Override
    public Outcome<Placed> view(Caller caller, UUID orderId) {
        return Access.signedIn(caller)
                .then(principal -> ports.orders()
                        .byId(new OrderId(orderId))
                        .filter(placed -> maySee(principal, placed))
                        .<Outcome<Placed>>map(Outcome::done)
                        .orElseGet(() -> Outcome.refused(Refusal.notFound())));
    }

    @Override
    public Outcome<Page<Placed>> list(Caller caller, Optional<OrderStatus> status, PageRequest page) {
        return Access.signedIn(caller)
                .then(principal -> Cursors.idAfter(CURSOR_LIST, page.cursor()).then(position -> {
                    Optional<OrderId> before = position.map(OrderId::new);
                    Optional<io.apotheca.domain.identity.UserId> only =
                            isStaff(principal) ? Optional.empty() : Optional.of(principal.userId());
                    List<Placed> found = ports.orders().list(only, status, before, page.limit() + 1);
                    boolean more = found.size() > page.limit();
                    List<Placed> items = more ? found.subList(0, page.limit()) : found;
                    Optional<String> next = more
                            ? Optional.of(Cursors.encode(
                                    CURSOR_LIST,
                                    items.get(items.size() - 1).order().id().toString()))
                            : Optional.empty();
                    return Outcome.done(new Page<>(items, next));
                }));
    }

    @Override
    public Outcome<Placed> cancel(Caller caller, UUID orderId) {
        return Access.signedIn(caller)
                .then(principal -> Commands.run(inventory.transactions(), () -> {
                    Optional<Placed> placed =
                            ports.orders().lock(new OrderId(orderId)).filter(p -> maySee(principal, p));
                    if (placed.isEmpty()) {
                        return Outcome.refused(Refusal.notFound());
                    }
                    boolean admin = principal.role() == Role.ADMIN;
                    boolean owner = placed.get().order().details().customer().equals(principal.userId());
                    if (!admin && !owner) {
                        return Outcome.refused(Refusal.forbidden());
                    }
                    Instant now = inventory.clock().instant();
                    Order order = placed.get().order();
                    Order cancelled;
                    if (order instanceof Order.Open open) {
                        cancelled = open.cancel(
                                owner && !admin ? CancellationReason.CUSTOMER : CancellationReason.STAFF, now);
                    } else if (order instanceof Order.Confirmed confirmed && admin) {
                        cancelled = confirmed.cancelByStaff(now);
                    } else {
                        return Outcome.refused(Refusal.of(
                                Reason.INVALID_TRANSITION,
                                "An order that is " + order.status() + " cannot be cancelled."));
                    }
                    ports.orders().update(cancelled);
                    inventory.holds().releaseAll(cancelled.id(), now);
                    OrderEvents.record(
                            ports,
                            "order.cancelled",
                            cancelled,
                            Map.of(
                                    "reason",
                                    ((Order.Cancelled) cancelled).reason().code()));
                    if (admin) {
                        ports.audit()
                                .record(
                                        caller,
                                        "order.cancelled",
                                        "order",
                                        orderId.toString(),
                                        Map.of("from", order.status().name()));
                    }
                    return Outcome.done(placed.get().withOrder(cancelled));
                }));
    }

    private boolean maySee(Principal principal, Placed placed) {
        return isStaff(principal) || placed.order().details().customer().equals(principal.userId());
    }

    private boolean isStaff(Principal principal) {
        return principal.role() == Role.ADMIN || inventory.pharmacists().actsAsPharmacist(principal);
    }

    private static Optional<Refusal> validate(ShippingAddress address) {
        Validation validation = new Validation();
        if (address == null) {
            return validation.problem("shippingAddress", "is required").refusal();
        }
        validation
                .text("shippingAddress.line1", address.line1(), 200)
                .text("shippingAddress.city", address.city(), 100)
                .text("shippingAddress.postalCode", address.postalCode(), 20);
        if (address.country() == null || !COUNTRIES.contains(address.country())) {
            validation.problem("shippingAddress.country", "must be an ISO-3166 alpha-2 code such as DE or US");
        }
        return validation.refusal();
    }
}
