package io.apotheca.application.catalog;

import io.apotheca.application.catalog.port.in.ManageProductsUseCase;
import io.apotheca.application.catalog.port.in.ProductDetails;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CatalogReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.ShopPrices;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.DrugSchedule;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.Sku;
import io.apotheca.domain.pricing.TaxCategory;
import io.apotheca.domain.shared.Money;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Products: administrators write them, everyone reads the active ones. */
final class ProductService implements ManageProductsUseCase {

    /** What an administrator sends for a medicine that is not a controlled substance. */
    private static final String NOT_CONTROLLED = "NONE";

    private final CatalogPorts ports;

    ProductService(CatalogPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<ProductDetails> create(Caller caller, Draft draft) {
        return createNow(caller, draft);
    }

    private Outcome<ProductDetails> createNow(Caller caller, Draft draft) {
        return Access.admin(caller).then(admin -> {
            Optional<Refusal> invalid = validate(draft, true)
                    .or(() -> unsellable(draft))
                    .or(() -> controlledButNotPrescriptionOnly(draft, Optional.empty()));
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            Product product = merge(new ProductId(ports.kernel().ids().next()), draft, Optional.empty());
            return ports.kernel().transactions().inTransaction(() -> {
                if (ports.categories().byId(product.categoryId()).isEmpty()) {
                    return Outcome.refused(unknownCategory());
                }
                if (!ports.products().add(product)) {
                    return Outcome.refused(skuTaken());
                }
                ports.audit()
                        .record(
                                caller,
                                "product.created",
                                "product",
                                product.id().toString(),
                                Map.of("sku", product.sku().value()));
                return Outcome.done(new ProductDetails(product, 0, List.of()));
            });
        });
    }

    @Override
    public Outcome<ProductDetails> update(Caller caller, UUID productId, Draft changes) {
        return updateNow(caller, productId, changes);
    }

    private Outcome<ProductDetails> updateNow(Caller caller, UUID productId, Draft changes) {
        return Access.admin(caller).then(admin -> {
            Optional<Refusal> invalid = validate(changes, false).or(() -> unsellable(changes));
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            return ports.kernel().transactions().inTransaction(() -> {
                Optional<Product> current = ports.products().byId(new ProductId(productId));
                if (current.isEmpty()) {
                    return Outcome.refused(Refusal.notFound());
                }
                Optional<Refusal> uncontrolled = controlledButNotPrescriptionOnly(changes, current);
                if (uncontrolled.isPresent()) {
                    return Outcome.refused(uncontrolled.get());
                }
                Product changed = merge(current.get().id(), changes, current);
                if (!changed.categoryId().equals(current.get().categoryId())
                        && ports.categories().byId(changed.categoryId()).isEmpty()) {
                    return Outcome.refused(unknownCategory());
                }
                if (!ports.products().update(changed)) {
                    return Outcome.refused(skuTaken());
                }
                ports.audit()
                        .record(
                                caller,
                                "product.updated",
                                "product",
                                productId.toString(),
                                changedFields(current.get(), changed));
                return Outcome.done(details(changed));
            });
        });
    }

    @Override
    public Outcome<ProductDetails> deactivate(Caller caller, UUID productId) {
        return deactivateNow(caller, productId);
    }

    private Outcome<ProductDetails> deactivateNow(Caller caller, UUID productId) {
        return Access.admin(caller)
                .then(admin -> ports.kernel().transactions().inTransaction(() -> {
                    Optional<Product> current = ports.products().byId(new ProductId(productId));
                    if (current.isEmpty()) {
                        return Outcome.refused(Refusal.notFound());
                    }
                    Product inactive = current.get().deactivate();
                    ports.products().update(inactive);
                    ports.audit().record(caller, "product.deactivated", "product", productId.toString(), Map.of());
                    return Outcome.done(details(inactive));
                }));
    }

    @Override
    public Outcome<ProductDetails> view(Caller caller, UUID productId) {
        boolean staff = Access.isStaff(caller);
        return ports.products()
                .byId(new ProductId(productId))
                .filter(product -> product.active() || staff)
                .<Outcome<ProductDetails>>map(p -> Outcome.done(details(p)))
                .orElseGet(() -> Outcome.refused(Refusal.notFound()));
    }

    private ProductDetails details(Product product) {
        return new ProductDetails(
                product, ports.availability().of(product.id()), ports.images().of(product.id()));
    }

    private static Optional<Refusal> validate(Draft draft, boolean complete) {
        Validation validation = new Validation();
        if (complete || draft.sku() != null) {
            validation.text("sku", draft.sku(), 64);
            if (draft.sku() != null && !draft.sku().isBlank() && !Sku.isValid(draft.sku())) {
                validation.problem("sku", "must be letters, digits and dashes");
            }
        }
        if (complete || draft.name() != null) {
            validation.text("name", draft.name(), 300);
        }
        if (complete || draft.manufacturer() != null) {
            validation.text("manufacturer", draft.manufacturer(), 200);
        }
        if (complete) {
            validation.required("categoryId", draft.categoryId());
        }
        if (complete || draft.priceMinor() != null) {
            validation.atLeast("price.amount", draft.priceMinor(), 1);
        }
        validation.currency("price.currency", draft.currency());
        if (complete || draft.reorderLevel() != null) {
            validation.atLeast("reorderLevel", draft.reorderLevel(), 0);
        }
        if (draft.taxCategory() != null
                && Arrays.stream(TaxCategory.values()).noneMatch(c -> c.name().equals(draft.taxCategory()))) {
            validation.problem("taxCategory", "must be STANDARD, REDUCED or EXEMPT");
        }
        if (draft.schedule() != null
                && !NOT_CONTROLLED.equals(draft.schedule())
                && DrugSchedule.ofCode(draft.schedule()).isEmpty()) {
            validation.problem("schedule", "must be CII, CIII, CIV, CV or NONE");
        }
        return validation.refusal();
    }

    /** A controlled medicine is sold only on prescription; the draft over what it changes must keep that. */
    private static Optional<Refusal> controlledButNotPrescriptionOnly(Draft draft, Optional<Product> base) {
        boolean prescriptionOnly = draft.requiresPrescription() != null
                ? draft.requiresPrescription()
                : base.map(Product::requiresPrescription).orElse(false);
        if (schedule(draft, base).isPresent() && !prescriptionOnly) {
            return new Validation()
                    .problem("schedule", "a controlled medicine must be prescription-only")
                    .refusal();
        }
        return Optional.empty();
    }

    /** The schedule the draft gives, or the one it keeps. */
    private static Optional<DrugSchedule> schedule(Draft draft, Optional<Product> base) {
        if (draft.schedule() == null) {
            return base.flatMap(Product::schedule);
        }
        return DrugSchedule.ofCode(draft.schedule());
    }

    /** A well-formed price the shop cannot sell at: above the ceiling, or in another currency. */
    private static Optional<Refusal> unsellable(Draft draft) {
        return ShopPrices.aboveCeiling(draft.priceMinor()).or(() -> ShopPrices.notSoldIn(draft.currency()));
    }

    private static Product merge(ProductId id, Draft d, Optional<Product> base) {
        Product b = base.orElse(null);
        Money price = Money.of(
                d.priceMinor() != null ? d.priceMinor() : b.price().minor(),
                d.currency() != null
                        ? d.currency()
                        : b != null
                                ? b.price().currency().getCurrencyCode()
                                : Money.DEFAULT_CURRENCY.getCurrencyCode());
        boolean requiresPrescription =
                d.requiresPrescription() != null ? d.requiresPrescription() : b != null && b.requiresPrescription();
        return new Product(
                id,
                d.sku() != null ? new Sku(d.sku()) : b.sku(),
                d.name() != null ? d.name().trim() : b.name(),
                d.description() != null ? d.description() : b != null ? b.description() : "",
                d.manufacturer() != null ? d.manufacturer().trim() : b.manufacturer(),
                d.categoryId() != null ? new CategoryId(d.categoryId()) : b.categoryId(),
                price,
                requiresPrescription,
                d.reorderLevel() != null ? d.reorderLevel() : b.reorderLevel(),
                d.active() != null ? d.active() : b == null || b.active(),
                d.taxCategory() != null
                        ? TaxCategory.valueOf(d.taxCategory())
                        : b != null ? b.taxCategory() : TaxCategory.defaultFor(requiresPrescription),
                schedule(d, base));
    }

    private static Map<String, String> changedFields(Product before, Product after) {
        Map<String, String> changed = new TreeMap<>();
        if (!before.price().equals(after.price())) {
            changed.put("price", before.price() + " -> " + after.price());
        }
        if (before.active() != after.active()) {
            changed.put("active", Boolean.toString(after.active()));
        }
        if (before.requiresPrescription() != after.requiresPrescription()) {
            changed.put("requiresPrescription", Boolean.toString(after.requiresPrescription()));
        }
        if (before.taxCategory() != after.taxCategory()) {
            changed.put("taxCategory", after.taxCategory().name());
        }
        if (!before.schedule().equals(after.schedule())) {
            changed.put("schedule", after.schedule().map(DrugSchedule::name).orElse(NOT_CONTROLLED));
        }
        if (!before.sku().equals(after.sku())) {
            changed.put("sku", after.sku().value());
        }
        return changed;
    }

    private static Refusal unknownCategory() {
        return Refusal.of(CatalogReason.UNKNOWN_CATEGORY, "There is no such category.");
    }

    private static Refusal skuTaken() {
        return Refusal.of(CatalogReason.SKU_TAKEN, "Another product has this SKU.");
    }
}
