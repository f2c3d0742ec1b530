package io.apotheca.application.order;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.OrderPlaced;
import io.apotheca.application.limits.LimitBreach;
import io.apotheca.application.limits.PurchaseLimits;
import io.apotheca.application.order.port.in.CheckoutUseCase;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.order.port.out.PrescriptionsOnFile;
import io.apotheca.application.pricing.OrderPricing;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.IdentityReason;
import io.apotheca.application.shared.InventoryReason;
import io.apotheca.application.shared.KeyCompletion;
import io.apotheca.application.shared.OrderReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.PrescriptionReason;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.order.Cart;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderDetails;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.ShippingAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Checkout: one cart, one order. The cart is priced, the order recorded and its stock held, and the
 * cart emptied, all in one transaction under the customer's lock.
 */
final class CheckoutService implements CheckoutUseCase {

    /**
     * The most lines the quick way takes: its round trip then stays well below the size at which the
     * driver would split it (and commit half of it).
     */
    private static final int QUICK_LINES = 50;

    private final OrderPorts ports;

    CheckoutService(OrderPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<Placed> checkout(
            Caller caller, AddressLines lines, Optional<UUID> shippingOptionId, Optional<KeyedResponse> keyed) {
        return Access.withRole(caller, Role.CUSTOMER).then(customer -> {
            Optional<Refusal> unverified = ports.users()
                    .byId(customer.userId())
                    .filter(account -> ports.requireVerifiedEmail() && !account.emailVerified())
                    .map(account -> Refusal.of(
                            IdentityReason.EMAIL_NOT_VERIFIED,
                            "Please verify your e-mail address before checking out; we can send the link again."));
            if (unverified.isPresent()) {
                return Outcome.refused(unverified.get());
            }
            Optional<Refusal> invalid = validate(lines);
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            ShippingAddress address = new ShippingAddress(
                    lines.recipientName(),
                    lines.line1(),
                    lines.line2(),
                    lines.city(),
                    lines.region(),
                    lines.postalCode(),
                    lines.country());
            Optional<Outcome<Placed>> atOnce = placeAtOnce(customer, address, shippingOptionId, keyed);
            if (atOnce.isPresent()) {
                return atOnce.get();
            }
            return ports.kernel().transactions().allOrNothing(() -> placeOrder(customer, address, shippingOptionId));
        });
    }

    /**
     * The quick way, for the common basket: every product active and sold without prescription, none
     * in a purchase-limit group, nothing over its maximum, the price settled from what is kept in
     * memory. The cart is taken first (replaced by an empty one only if it is still as read: of two
     * checkouts of one cart, one gets it), then the whole order is recorded in one round trip. Empty
     * when the basket needs the careful way or anything stood in the way; then nothing was written and
     * the cart is as it was. Should the customer have changed the cart while the trip ran, so that it
     * cannot be given back as it was, the checkout is refused rather than made of what is there now.
     */
    private Optional<Outcome<Placed>> placeAtOnce(
            Principal customer,
            ShippingAddress address,
            Optional<UUID> shippingOptionId,
            Optional<KeyedResponse> keyed) {
        if (!ports.carts().replacesAtomically()) {
            return Optional.empty(); // only a cart store that takes a cart atomically spares the account's lock
        }
        Cart cart = ports.carts().load(customer.userId());
        if (cart.quantities().size() > QUICK_LINES) {
            return Optional.empty();
        }
        List<Product> products = new ArrayList<>();
        cart.quantities().keySet().stream()
                .sorted(Comparator.comparing(ProductId::value))
                .forEach(id -> ports.products().byId(id).filter(Product::active).ifPresent(products::add));
        if (products.isEmpty()
                || products.size() != cart.quantities().size()
                || products.stream().anyMatch(Product::requiresPrescription)) {
            return Optional.empty();
        }
        Map<ProductId, PurchaseLimits.Basket> basket = products.stream()
                .collect(Collectors.toMap(
                        Product::id,
                        p -> new PurchaseLimits.Basket(cart.quantities().get(p.id()), p.name())));
        Instant now = ports.kernel().now();
        if (!ports.limits().judgedByMaximaAlone(basket.keySet())
                || ports.limits().check(customer.userId(), basket, now).isPresent()) {
            return Optional.empty();
        }
        Outcome<OrderPricing.Priced> priced = ports.pricing()
                .price(
                        products.stream()
                                .map(p -> new OrderPricing.Item(
                                        p, cart.quantities().get(p.id())))
                                .toList(),
                        shippingOptionId,
                        true);
        if (!(priced instanceof Outcome.Done<OrderPricing.Priced> done)) {
            return Optional.empty();
        }
        OrderDetails details = new OrderDetails(
                new OrderId(ports.kernel().ids().next()),
                customer.userId(),
                done.value().lines(),
                done.value().shipping(),
                now);
        Order.Open order = Order.place(details, now, ports.unpaidTtl(), ports.prescriptionTtl());
        DomainEvent placed = EventEnvelopes.envelope(
                new OrderPlaced(order), ports.kernel().ids().next(), now);
        List<UUID> holds = details.lines().stream()
                .map(line -> ports.kernel().ids().next())
                .toList();
        Placed answer = new Placed(order, address);
        Optional<KeyCompletion.Along> response =
                keyed.map(k -> k.completion().with(k.response().apply(answer)));
        Cart empty = Cart.empty(customer.userId());
        if (!ports.carts().replace(cart, empty)) {
            return Optional.empty(); // taken by another checkout, or changed: the careful way decides
        }
        // should the trip fail without an answer, the cart stays taken, as when a careful checkout's commit fails
        if (!ports.placement().placeAtOnce(order, address, placed, holds, response)) {
            if (!ports.carts().replace(empty, cart)) {
                return Optional.of(Outcome.refused(Refusal.of(
                        OrderReason.CART_EMPTY, "The cart changed while checking out; please look at it again.")));
            }
            return Optional.empty();
        }
        keyed.ifPresent(k -> k.completion().storedAlong());
        return Optional.of(Outcome.done(answer));
    }

    /**
     * One transaction: lock the account, read the cart, judge it by the purchase limits beside the
     * customer's earlier orders, price it with today's tax rates and the
     * chosen shipping option, then record and hold the order and empty the cart. One cart gives at
     * most one order: a second checkout of the same customer waits on the account's lock and, once
     * the first commits, finds the cart empty.
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
                .forEach(id -> ports.products().byId(id).filter(Product::active).ifPresent(products::add));
        if (products.isEmpty()) {
            return Outcome.refused(Refusal.of(OrderReason.CART_EMPTY, "The cart is empty."));
        }
        // under the account's lock: two checkouts of one customer are judged one after the other
        Optional<LimitBreach> overLimit = ports.limits()
                .check(
                        customer.userId(),
                        products.stream()
                                .collect(Collectors.toMap(
                                        Product::id,
                                        p -> new PurchaseLimits.Basket(
                                                cart.quantities().get(p.id()), p.name()))),
                        ports.kernel().now());
        if (overLimit.isPresent()) {
            return Outcome.refused(overLimit.get().refusal());
        }
        return ports.pricing()
                .price(
                        products.stream()
                                .map(p -> new OrderPricing.Item(
                                        p, cart.quantities().get(p.id())))
                                .toList(),
                        shippingOptionId,
                        true)
                .then(priced -> holdAndRecord(customer, address, priced, cart));
    }

    /**
     * Reserves a fill from the patient's prescriptions on file for each prescription-only line one
     * covers (an order fully covered waits for payment at once; a refill asked too soon is refused
     * with the day it is allowed), records the order, its lines and its event, then holds every line's units, in
     * product id order (the lock order of the stock), last, so that the rows other checkouts of the
     * same product wait for are held for as short a time as possible. A line that cannot be held
     * undoes everything (the checkout runs all or nothing), and the refusal names every product that was short.
     */
    private Outcome<Placed> holdAndRecord(
            Principal customer, ShippingAddress address, OrderPricing.Priced priced, Cart cart) {
        Instant now = ports.kernel().now();
        List<OrderLine> lines = priced.lines();
        PrescriptionsOnFile.Cover cover = ports.prescriptions().plan(customer.userId(), lines, now);
        if (cover instanceof PrescriptionsOnFile.TooSoon soon) {
            return Outcome.refused(Refusal.of(
                            PrescriptionReason.REFILL_TOO_SOON,
                            "Your prescription for " + soon.productName() + " may be refilled from "
                                    + soon.allowedFrom() + ".")
                    .with("allowedFrom", soon.allowedFrom().toString()));
        }
        PrescriptionsOnFile.Planned planned = (PrescriptionsOnFile.Planned) cover;
        OrderDetails details = new OrderDetails(
                new OrderId(ports.kernel().ids().next()), customer.userId(), lines, priced.shipping(), now);
        Order.Open order = planned.coversAll()
                ? Order.placeCoveredFromFile(details, now, ports.unpaidTtl())
                : Order.place(details, now, ports.unpaidTtl(), ports.prescriptionTtl());
        ports.orders().add(order, address);
        ports.prescriptions().reserve(order.id(), planned, now);
        EventEnvelopes.record(ports.outbox(), ports.kernel(), new OrderPlaced(order));
        List<String> shortOf = new ArrayList<>();
        for (OrderLine line : lines) {
            // once a line is short the order is refused; later lines are only checked, to name them all
            boolean enough = shortOf.isEmpty()
                    ? ports.stock()
                            .hold(order.id(), line.productId(), line.quantity().units(), now)
                    : ports.stock().available(line.productId())
                            >= line.quantity().units();
            if (!enough) {
                int available = ports.stock().available(line.productId());
                shortOf.add(line.name() + " (" + line.productId() + ", " + available + " available)");
            }
        }
        if (!shortOf.isEmpty()) {
            return Outcome.refused(Refusal.of(
                    InventoryReason.INSUFFICIENT_STOCK, "Not enough stock for: " + String.join("; ", shortOf)));
        }
        if (!emptyCart(cart)) {
            return Outcome.refused(Refusal.of(
                    OrderReason.CART_EMPTY,
                    "The cart was checked out meanwhile, or changed; please look at it again."));
        }
        return Outcome.done(new Placed(order, address));
    }

    /**
     * Takes the cart (replaces it with an empty one if it is still as read) as the checkout's last
     * step, still under the account's lock and after every refusal, so a refused checkout leaves the
     * cart as it was. False when a checkout that went the quick way took it meanwhile (or the
     * customer changed it): then this one is refused, and one cart never gives two orders. A cart kept
     * in the database empties with the commit; one kept in Redis empties at once, so should the commit
     * itself then fail, the customer finds an empty cart and no order, and fills it again.
     */
    private boolean emptyCart(Cart cart) {
        return ports.carts().replace(cart, Cart.empty(cart.customer()));
    }

    /** Every line of the address to correct, named as the API names it. */
    private static Optional<Refusal> validate(AddressLines lines) {
        Validation validation = new Validation();
        if (lines == null) {
            return validation.problem("shippingAddress", "is required").refusal();
        }
        ShippingAddress.problems(lines.line1(), lines.city(), lines.postalCode(), lines.country())
                .forEach(problem -> validation.problem("shippingAddress." + problem.field(), problem.message()));
        return validation.refusal();
    }
}
