package io.apotheca.application.limits;

import static io.apotheca.application.memory.Outcomes.done;
import static io.apotheca.application.memory.Outcomes.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.cart.CartUseCases;
import io.apotheca.application.cart.port.in.ManageCartUseCase;
import io.apotheca.application.catalog.CatalogUseCases;
import io.apotheca.application.catalog.port.in.ManageCategoriesUseCase.NewCategory;
import io.apotheca.application.inventory.InventoryUseCases;
import io.apotheca.application.inventory.port.in.ManageStockUseCase.Receipt;
import io.apotheca.application.limits.port.in.ManagePurchaseLimitsUseCase;
import io.apotheca.application.limits.port.in.ManagePurchaseLimitsUseCase.ProductDraft;
import io.apotheca.application.limits.port.in.ManagePurchaseLimitsUseCase.RuleDraft;
import io.apotheca.application.memory.InMemoryPharmacy;
import io.apotheca.application.order.OrderUseCases;
import io.apotheca.application.order.port.in.CheckoutUseCase;
import io.apotheca.application.order.port.in.CheckoutUseCase.AddressLines;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CatalogReason;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.InventoryReason;
import io.apotheca.application.shared.OrderReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Purchase limits through the use cases alone: an administrator defines a pseudoephedrine group
 * (3,600 mg a day, 9,000 mg in 30 days; 1,800 mg a pack), checkout refuses what would pass a rule
 * and the cart summary warns first. Over HTTP on PostgreSQL, with 16 racing checkouts, in {@code
 * PurchaseLimitsApiIT}.
 */
class PurchaseLimitsScenarioTest {

    private static final AddressLines HOME = new AddressLines("Ada", "1 A St", null, "Oslo", null, "0150", "NO");

    private final InMemoryPharmacy pharmacy =
            new InMemoryPharmacy(Duration.ofDays(30), Duration.ofMinutes(30), Duration.ofDays(3));
    private final ManagePurchaseLimitsUseCase limits = LimitsUseCases.manage(pharmacy.limitPorts);
    private final ManageCartUseCase cart = CartUseCases.cart(
            pharmacy.carts,
            pharmacy.products,
            pharmacy.orderPorts.pricing(),
            pharmacy.orderPorts.limits(),
            pharmacy.clock);
    private final CheckoutUseCase checkout = OrderUseCases.checkout(pharmacy.orderPorts);
    private final Caller admin = caller(Role.ADMIN);
    private final Caller customer = pharmacy.signedIn(Role.CUSTOMER, true);
    private UUID pseudoephedrine;
    private UUID lozenges;

    @BeforeEach
    void shelves() {
        UUID category = done(CatalogUseCases.categories(pharmacy.catalog)
                        .create(admin, new NewCategory("Cold", "cold", null)))
                .id()
                .value();
        pseudoephedrine = product(category, "PSE-60", "Pseudoephedrine 60 mg x 30");
        lozenges = product(category, "LOZ-1", "Lozenges");
        done(limits.create(
                admin,
                new ManagePurchaseLimitsUseCase.Draft(
                        "Pseudoephedrine (CMEA)",
                        "mg pseudoephedrine base",
                        List.of(new RuleDraft(3600L, "P1D"), new RuleDraft(9000L, "P30D")),
                        List.of(new ProductDraft(pseudoephedrine, 1800L)))));
    }

    @Test
    void exactly_the_limit_passes_one_unit_more_is_refused_and_the_cart_warns_first() {
        Placed two = order(pseudoephedrine, 2);
        assertThat(two.order().details().lines().get(0).quantity().units()).isEqualTo(2);

        done(cart.setQuantity(customer, pseudoephedrine, 1));
        List<Refusal> warnings = done(cart.summary(customer, Optional.empty())).warnings();
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.reason()).isEqualTo(OrderReason.PURCHASE_LIMIT_EXCEEDED);
            assertThat(w.facts())
                    .containsEntry("limitGroup", "Pseudoephedrine (CMEA)")
                    .containsEntry("window", "PT24H")
                    .containsEntry("stillAllowed", "0");
        });
        Outcome<Placed> refused = checkout.checkout(customer, HOME, Optional.empty());
        assertThat(refusal(refused)).isEqualTo(OrderReason.PURCHASE_LIMIT_EXCEEDED);
        assertThat(refusalOf(refused).message()).contains("up to 3600 mg pseudoephedrine base in 1 day");
        assertThat(done(cart.view(customer)).lines()).hasSize(1);

        // other products are not limited, and do not count
        done(cart.setQuantity(customer, pseudoephedrine, 0));
        done(cart.setQuantity(customer, lozenges, 5));
        assertThat(done(cart.summary(customer, Optional.empty())).warnings()).isEmpty();
        done(checkout.checkout(customer, HOME, Optional.empty()));
    }

    @Test
    void a_cancelled_order_does_not_count_and_the_windows_roll() {
        Placed first = order(pseudoephedrine, 2);
        done(OrderUseCases.cancel(pharmacy.orderPorts)
                .cancel(customer, first.order().id().value()));
        order(pseudoephedrine, 2); // the cancelled pair no longer counts: 3,600 mg today again

        pharmacy.clock.advance(Duration.ofDays(1).plusSeconds(1));
        order(pseudoephedrine, 2); // a new day; 7,200 mg in 30 days
        pharmacy.clock.advance(Duration.ofDays(1).plusSeconds(1));
        done(cart.setQuantity(customer, pseudoephedrine, 2));
        Refusal thirtyDays = refusalOf(checkout.checkout(customer, HOME, Optional.empty()));
        assertThat(thirtyDays.facts()).containsEntry("window", "PT720H").containsEntry("stillAllowed", "1800");
        assertThat(thirtyDays.message()).contains(" in 30 days;");
        done(cart.setQuantity(customer, pseudoephedrine, 1));
        done(checkout.checkout(customer, HOME, Optional.empty())); // exactly 9,000 mg in 30 days

        // 31 days after the first orders only the last one (1,800 mg, 29 days old) still counts
        pharmacy.clock.advance(Duration.ofDays(29));
        order(pseudoephedrine, 2);
    }

    @Test
    void a_maximum_per_order_refuses_more_units_of_its_product() {
        done(limits.setMaximum(admin, lozenges, 3));
        done(cart.setQuantity(customer, lozenges, 4));
        Refusal tooMany = refusalOf(checkout.checkout(customer, HOME, Optional.empty()));
        assertThat(tooMany.reason()).isEqualTo(OrderReason.PURCHASE_LIMIT_EXCEEDED);
        assertThat(tooMany.facts())
                .containsEntry("productId", lozenges.toString())
                .containsEntry("most", "3");
        order(lozenges, 3);
        done(limits.removeMaximum(admin, lozenges));
        order(lozenges, 4);
        assertThat(pharmacy.auditLog.actions())
                .contains(
                        "purchase_limit.created",
                        "purchase_limit.order_maximum_set",
                        "purchase_limit.order_maximum_removed");
    }

    @Test
    void an_administrator_defines_groups_and_bad_ones_change_nothing() {
        ManagePurchaseLimitsUseCase.Draft badWindow = new ManagePurchaseLimitsUseCase.Draft(
                "Codeine linctus",
                "ml",
                List.of(new RuleDraft(200L, "P2Y"), new RuleDraft(0L, "P1D")),
                List.of(new ProductDraft(lozenges, 100L), new ProductDraft(lozenges, 100L)));
        Refusal invalid = refusalOf(limits.create(admin, badWindow));
        assertThat(invalid.fieldProblems())
                .extracting(Refusal.FieldProblem::field)
                .containsExactly("rules[0].window", "rules[1].most", "products[1].productId");
        assertThat(refusal(limits.create(
                        admin,
                        new ManagePurchaseLimitsUseCase.Draft(
                                "pseudoephedrine (cmea)",
                                "mg",
                                List.of(new RuleDraft(1L, "P1D")),
                                List.of(new ProductDraft(lozenges, 1L))))))
                .isEqualTo(CatalogReason.LIMIT_GROUP_NAME_TAKEN);
        assertThat(refusal(limits.create(
                        admin,
                        new ManagePurchaseLimitsUseCase.Draft(
                                "Other",
                                "mg",
                                List.of(new RuleDraft(1L, "P1D")),
                                List.of(new ProductDraft(UUID.randomUUID(), 1L))))))
                .isEqualTo(InventoryReason.UNKNOWN_PRODUCT);
        assertThat(refusal(limits.list(customer))).isEqualTo(CommonReason.FORBIDDEN);
        assertThat(done(limits.list(admin))).hasSize(1);

        UUID group = done(limits.list(admin)).get(0).id();
        done(limits.replace(
                admin,
                group,
                new ManagePurchaseLimitsUseCase.Draft(
                        "Pseudoephedrine (CMEA)",
                        "mg pseudoephedrine base",
                        List.of(new RuleDraft(1800L, "P1D")),
                        List.of(new ProductDraft(pseudoephedrine, 1800L)))));
        done(cart.setQuantity(customer, pseudoephedrine, 2));
        assertThat(refusal(checkout.checkout(customer, HOME, Optional.empty())))
                .isEqualTo(OrderReason.PURCHASE_LIMIT_EXCEEDED);
        done(limits.delete(admin, group));
        assertThat(refusal(limits.get(admin, group))).isEqualTo(CommonReason.NOT_FOUND);
        done(checkout.checkout(customer, HOME, Optional.empty()));
    }

    private Placed order(UUID product, int units) {
        done(cart.setQuantity(customer, product, units));
        return done(checkout.checkout(customer, HOME, Optional.empty()));
    }

    private static Refusal refusalOf(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) outcome).refusal();
    }

    private UUID product(UUID category, String sku, String name) {
        UUID id = pharmacy.overTheCounter(admin, category, sku, name);
        done(InventoryUseCases.stock(pharmacy.inventory)
                .receive(admin, new Receipt(id, "L-" + sku, pharmacy.today().plusDays(300), 100)));
        return id;
    }

    private static Caller caller(Role role) {
        return new Caller(
                Optional.of(new Principal(new UserId(UUID.randomUUID()), role, UUID.randomUUID())),
                "scenario",
                "127.0.0.1");
    }
}
