package io.apotheca.application.pricing;

import static io.apotheca.application.memory.Outcomes.done;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.cart.CartUseCases;
import io.apotheca.application.cart.port.in.ManageCartUseCase;
import io.apotheca.application.cart.port.in.ManageCartUseCase.CartSummary;
import io.apotheca.application.catalog.CatalogUseCases;
import io.apotheca.application.catalog.port.in.ManageCategoriesUseCase.NewCategory;
import io.apotheca.application.catalog.port.in.ManageProductsUseCase.Draft;
import io.apotheca.application.inventory.InventoryUseCases;
import io.apotheca.application.inventory.port.in.ManageStockUseCase.Receipt;
import io.apotheca.application.memory.InMemoryPharmacy;
import io.apotheca.application.order.OrderUseCases;
import io.apotheca.application.order.port.in.CancelOrderUseCase;
import io.apotheca.application.order.port.in.CheckoutUseCase;
import io.apotheca.application.order.port.in.CheckoutUseCase.AddressLines;
import io.apotheca.application.order.port.in.ViewOrdersUseCase;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.pricing.port.in.ManageShippingOptionsUseCase;
import io.apotheca.application.pricing.port.in.ManageTaxRatesUseCase;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.PricingReason;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Refusal.Reason;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.pricing.ShippingOption;
import io.apotheca.domain.pricing.TaxCategory;
import io.apotheca.domain.pricing.TaxRate;
import io.apotheca.domain.pricing.Totals;
import io.apotheca.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tax rates and shipping options through the use cases: the cart summary and checkout price the
 * same cart to the same cent, and a placed order keeps its prices when the rates change.
 */
class OrderTotalsScenarioTest {

    private static final AddressLines HOME = new AddressLines("Ada", "1 A St", null, "Oslo", null, "0150", "NO");

    private final InMemoryPharmacy pharmacy =
            new InMemoryPharmacy(Duration.ofDays(30), Duration.ofMinutes(30), Duration.ofDays(3));
    private final ManageTaxRatesUseCase taxRates = PricingUseCases.taxRates(pharmacy.pricingPorts);
    private final ManageShippingOptionsUseCase shipping = PricingUseCases.shippingOptions(pharmacy.pricingPorts);
    private final ManageCartUseCase cart = CartUseCases.cart(
            pharmacy.carts,
            pharmacy.products,
            pharmacy.orderPorts.pricing(),
            pharmacy.orderPorts.limits(),
            pharmacy.clock);
    private final CheckoutUseCase checkout = OrderUseCases.checkout(pharmacy.orderPorts);
    private final ViewOrdersUseCase orders = OrderUseCases.view(pharmacy.orderPorts);
    private final CancelOrderUseCase cancel = OrderUseCases.cancel(pharmacy.orderPorts);

    private final Caller admin = pharmacy.signedIn(Role.ADMIN, true);
    private final Caller customer = pharmacy.signedIn(Role.CUSTOMER, true);
    private final UUID category = done(CatalogUseCases.categories(pharmacy.catalog)
                    .create(admin, new NewCategory("Health", "health", null)))
            .id()
            .value();

    @Test
    void the_summary_and_the_order_agree_on_subtotal_tax_shipping_and_total() {
        setRates("20", "5.5");
        ShippingOption post = done(shipping.create(admin, postOver(5000)));
        fill(2, 1);

        CartSummary summary = done(cart.summary(customer, Optional.of(post.id().value())));
        Placed placed =
                done(checkout.checkout(customer, HOME, Optional.of(post.id().value())));

        Totals expected = new Totals(usd(2948), usd(238), usd(495));
        assertThat(summary.priced().totals()).isEqualTo(expected);
        assertThat(summary.priced().totals().total()).isEqualTo(usd(3681));
        assertThat(placed.order().details().totals()).isEqualTo(expected);
        assertThat(placed.order().details().total()).isEqualTo(usd(3681));
        assertThat(placed.order().details().shipping().name()).isEqualTo("Standard post");
    }

    @Test
    void ships_free_once_the_subtotal_reaches_the_threshold() {
        ShippingOption post = done(shipping.create(admin, postOver(2948)));
        fill(2, 1);

        Placed placed =
                done(checkout.checkout(customer, HOME, Optional.of(post.id().value())));

        assertThat(placed.order().details().totals().shipping()).isEqualTo(usd(0));
        assertThat(placed.order().details().shipping().freeOverThreshold()).isTrue();
        assertThat(placed.order().details().total()).isEqualTo(usd(2948));
    }

    @Test
    void a_rate_change_after_checkout_leaves_the_placed_order_as_it_was() {
        setRates("20", "5.5");
        fill(2, 1);
        Placed placed = done(checkout.checkout(customer, HOME, Optional.empty()));

        setRates("25", "10");

        Placed reread = pharmacy.orders.byId(placed.order().id()).orElseThrow();
        assertThat(reread.order().details().totals().tax()).isEqualTo(usd(238));
        assertThat(reread.order().details().lines().get(0).taxRate()).isEqualTo(TaxRate.percent("20"));
    }

    @Test
    void with_nothing_configured_nothing_is_taxed_and_no_shipping_is_charged() {
        fill(2, 1);

        Placed placed = done(checkout.checkout(customer, HOME, Optional.empty()));

        assertThat(placed.order().details().totals()).isEqualTo(new Totals(usd(2948), usd(0), usd(0)));
    }

    @Test
    void once_shipping_is_offered_checkout_must_choose_an_active_option() {
        ShippingOption post = done(shipping.create(admin, postOver(5000)));
        ShippingOption retired = done(shipping.create(
                admin, new ManageShippingOptionsUseCase.Draft("Old courier", 900L, "USD", Optional.empty(), false)));
        fill(1, 0);

        assertThat(refusal(checkout.checkout(customer, HOME, Optional.empty())))
                .isEqualTo(CommonReason.VALIDATION_FAILED);
        assertThat(refusal(checkout.checkout(
                        customer, HOME, Optional.of(retired.id().value()))))
                .isEqualTo(PricingReason.UNKNOWN_SHIPPING_OPTION);
        assertThat(refusal(checkout.checkout(customer, HOME, Optional.of(UUID.randomUUID()))))
                .isEqualTo(PricingReason.UNKNOWN_SHIPPING_OPTION);
        assertThat(pharmacy.orders.list(Optional.empty(), Optional.empty(), Optional.empty(), 10))
                .isEmpty();
        assertThat(done(cart.summary(customer, Optional.empty())).priced().shippingOptionRequired())
                .isTrue();
        assertThat(done(shipping.list(customer))).containsExactly(post);
        assertThat(done(shipping.list(admin))).containsExactly(post, retired);
    }

    @Test
    void an_empty_cart_costs_nothing_whatever_option_is_named() {
        ShippingOption post = done(shipping.create(admin, postOver(5000)));

        CartSummary summary = done(cart.summary(customer, Optional.of(post.id().value())));

        assertThat(summary.priced().totals().total()).isEqualTo(usd(0));
        assertThat(summary.priced().option()).isEmpty();
    }

    @Test
    void a_new_currency_needs_new_amounts_rather_than_relabelled_ones() {
        ShippingOption post = done(shipping.create(admin, postOver(5000)));

        Refusal refused = refusalOf(shipping.update(
                admin, post.id().value(), new ManageShippingOptionsUseCase.Draft(null, null, "EUR", null, null)));
        ShippingOption euro = done(shipping.update(
                admin,
                post.id().value(),
                new ManageShippingOptionsUseCase.Draft(null, 450L, "EUR", Optional.of(4500L), null)));

        assertThat(refused.fieldProblems())
                .extracting(Refusal.FieldProblem::field)
                .containsExactlyInAnyOrder("price.amount", "freeOver");
        assertThat(euro.price()).isEqualTo(Money.of(450, "EUR"));
        assertThat(euro.freeOver()).contains(Money.of(4500, "EUR"));
    }

    @Test
    void an_option_priced_in_another_currency_is_refused() {
        ShippingOption euro = done(shipping.create(
                admin, new ManageShippingOptionsUseCase.Draft("Euro post", 500L, "EUR", Optional.empty(), true)));
        fill(1, 0);

        assertThat(refusal(
                        checkout.checkout(customer, HOME, Optional.of(euro.id().value()))))
                .isEqualTo(PricingReason.CURRENCY_MISMATCH);
    }

    @Test
    void only_administrators_set_rates_and_options_and_every_change_is_audited() {
        assertThat(refusal(taxRates.replace(customer, Map.of("STANDARD", BigDecimal.TEN))))
                .isEqualTo(CommonReason.FORBIDDEN);
        assertThat(refusal(taxRates.view(customer))).isEqualTo(CommonReason.FORBIDDEN);
        assertThat(refusal(shipping.create(customer, postOver(5000)))).isEqualTo(CommonReason.FORBIDDEN);

        setRates("20", "5.5");
        ShippingOption post = done(shipping.create(admin, postOver(5000)));
        ShippingOption cheaper = done(shipping.update(
                admin,
                post.id().value(),
                new ManageShippingOptionsUseCase.Draft(null, 395L, null, Optional.empty(), null)));

        assertThat(cheaper.price()).isEqualTo(usd(395));
        assertThat(cheaper.freeOver()).isEmpty();
        assertThat(cheaper.name()).isEqualTo("Standard post");
        assertThat(pharmacy.auditLog.actions())
                .contains("tax_rates.replaced", "shipping_option.created", "shipping_option.updated");
    }

    @Test
    void refuses_unknown_categories_impossible_rates_and_a_taxed_exemption_and_keeps_the_old_rates() {
        setRates("20", "5.5");

        Refusal refused = refusalOf(taxRates.replace(
                admin,
                Map.of(
                        "STANDARD",
                        new BigDecimal("101"),
                        "LUXURY",
                        BigDecimal.ONE,
                        "EXEMPT",
                        BigDecimal.ONE,
                        "REDUCED",
                        new BigDecimal("5.1234"))));

        assertThat(refused.reason()).isEqualTo(CommonReason.VALIDATION_FAILED);
        assertThat(refused.fieldProblems())
                .extracting(Refusal.FieldProblem::field)
                .containsExactlyInAnyOrder("rates.STANDARD", "rates.LUXURY", "rates.EXEMPT", "rates.REDUCED");
        assertThat(done(taxRates.view(admin)).rateFor(TaxCategory.STANDARD)).isEqualTo(TaxRate.percent("20"));
    }

    private void setRates(String standard, String reduced) {
        done(taxRates.replace(admin, Map.of("STANDARD", new BigDecimal(standard), "REDUCED", new BigDecimal(reduced))));
    }

    private static ManageShippingOptionsUseCase.Draft postOver(long threshold) {
        return new ManageShippingOptionsUseCase.Draft("Standard post", 495L, "USD", Optional.of(threshold), true);
    }

    /** Ibuprofen (standard) 2 × 4.99, vitamin D (reduced) 2 × 3.50 and, if asked, amoxicillin (exempt) 1 × 12.50. */
    private void fill(int vitamins, int amoxicillin) {
        put(product("IBU-200", "Ibuprofen 200 mg", 499, false, "STANDARD"), 2);
        if (vitamins > 0) {
            put(product("VIT-D3", "Vitamin D3", 350, false, "REDUCED"), vitamins);
        }
        if (amoxicillin > 0) {
            put(product("AMOX-500", "Amoxicillin 500 mg", 1250, true, null), amoxicillin);
        }
    }

    private UUID product(String sku, String name, long price, boolean rx, String taxCategory) {
        UUID id = done(CatalogUseCases.products(pharmacy.catalog)
                        .create(
                                admin,
                                new Draft(
                                        sku, name, "", "Acme", category, price, "USD", rx, 0, true, taxCategory, null)))
                .product()
                .id()
                .value();
        LocalDate expiry =
                LocalDate.ofInstant(pharmacy.clock.instant(), ZoneOffset.UTC).plusDays(400);
        done(InventoryUseCases.stock(pharmacy.inventory).receive(admin, new Receipt(id, "L-" + sku, expiry, 50)));
        return id;
    }

    private void put(UUID product, int quantity) {
        done(cart.setQuantity(customer, product, quantity));
    }

    private static Money usd(long minor) {
        return Money.of(minor, "USD");
    }

    private static Reason refusal(Outcome<?> outcome) {
        return refusalOf(outcome).reason();
    }

    private static Refusal refusalOf(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) outcome).refusal();
    }
}
