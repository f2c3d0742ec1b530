package io.apotheca.application.cart;

import io.apotheca.application.cart.port.in.ManageCartUseCase;
import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.application.limits.LimitBreach;
import io.apotheca.application.limits.PurchaseLimits;
import io.apotheca.application.pricing.OrderPricing;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.OrderReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.order.Cart;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.shared.Money;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The customer's cart; customers only. */
final class CartService implements ManageCartUseCase {

    private final CartStore carts;
    private final Products products;
    private final OrderPricing pricing;
    private final PurchaseLimits limits;
    private final Clock clock;

    CartService(CartStore carts, Products products, OrderPricing pricing, PurchaseLimits limits, Clock clock) {
        this.carts = carts;
        this.products = products;
        this.pricing = pricing;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public Outcome<PricedCart> view(Caller caller) {
        return Access.withRole(caller, Role.CUSTOMER)
                .then(customer -> Outcome.done(priced(carts.load(customer.userId()))));
    }

    @Override
    public Outcome<CartSummary> summary(Caller caller, Optional<UUID> shippingOptionId) {
        return Access.withRole(caller, Role.CUSTOMER).then(customer -> {
            List<OrderPricing.Item> items = onSale(carts.load(customer.userId()));
            List<Refusal> warnings = limits.check(customer.userId(), basket(items), clock.instant()).stream()
                    .map(LimitBreach::refusal)
                    .toList();
            return pricing.price(items, shippingOptionId, false)
                    .then(priced -> Outcome.done(new CartSummary(priced(items), priced, warnings)));
        });
    }

    @Override
    public Outcome<PricedCart> setQuantity(Caller caller, UUID productId, Integer quantity) {
        return Access.withRole(caller, Role.CUSTOMER).then(customer -> {
            Optional<Refusal> invalid =
                    new Validation().atLeast("quantity", quantity, 0).refusal();
            if (invalid.isEmpty() && quantity > Quantity.MAX) {
                invalid = new Validation()
                        .problem("quantity", "must be at most " + Quantity.MAX)
                        .refusal();
            }
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            ProductId product = new ProductId(productId);
            if (quantity > 0 && products.byId(product).filter(Product::active).isEmpty()) {
                return Outcome.refused(Refusal.notFound());
            }
            Cart cart = carts.load(customer.userId());
            if (quantity > 0 && cart.isFullFor(product)) {
                return Outcome.refused(Refusal.of(
                        OrderReason.CART_FULL,
                        "A cart holds at most " + Cart.MAX_LINES
                                + " different products; check out or remove some first."));
            }
            return save(customer, cart.with(product, quantity));
        });
    }

    @Override
    public Outcome<PricedCart> remove(Caller caller, UUID productId) {
        return Access.withRole(caller, Role.CUSTOMER)
                .then(customer -> save(customer, carts.load(customer.userId()).with(new ProductId(productId), 0)));
    }

    @Override
    public Outcome<PricedCart> clear(Caller caller) {
        return Access.withRole(caller, Role.CUSTOMER).then(customer -> save(customer, Cart.empty(customer.userId())));
    }

    private Outcome<PricedCart> save(Principal customer, Cart cart) {
        carts.save(cart);
        return Outcome.done(priced(cart));
    }

    private PricedCart priced(Cart cart) {
        return priced(onSale(cart));
    }

    /** Prices the cart from the catalog and today's tax rates. */
    private PricedCart priced(List<OrderPricing.Item> items) {
        List<OrderLine> taxed = pricing.lines(items);
        List<PricedLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add(new PricedLine(items.get(i).product(), taxed.get(i)));
        }
        return new PricedCart(
                lines,
                taxed.stream().map(OrderLine::lineTotal).reduce(Money::plus),
                taxed.stream().map(OrderLine::tax).reduce(Money::plus));
    }

    private static Map<ProductId, PurchaseLimits.Basket> basket(List<OrderPricing.Item> items) {
        return items.stream()
                .collect(Collectors.toMap(
                        i -> i.product().id(),
                        i -> new PurchaseLimits.Basket(i.quantity(), i.product().name())));
    }

    /** The cart's lines whose products are still on sale, as the catalog has them now. */
    private List<OrderPricing.Item> onSale(Cart cart) {
        List<OrderPricing.Item> items = new ArrayList<>();
        for (Map.Entry<ProductId, Integer> entry : cart.quantities().entrySet()) {
            products.byId(entry.getKey())
                    .filter(Product::active)
                    .ifPresent(p -> items.add(new OrderPricing.Item(p, entry.getValue())));
        }
        return items;
    }
}
