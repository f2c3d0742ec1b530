package io.apotheca.application.limits;

import io.apotheca.application.limits.port.in.ManagePurchaseLimitsUseCase;
import io.apotheca.application.limits.port.out.OrderMaxima.Maximum;
import io.apotheca.application.limits.port.out.PurchaseLimitGroups.Stored;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CatalogReason;
import io.apotheca.application.shared.InventoryReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.limits.PurchaseLimitGroup;
import io.apotheca.domain.limits.WindowRule;
import io.apotheca.domain.order.Quantity;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An administrator's purchase limits: groups with their rules and products, and maxima per order. */
final class PurchaseLimitService implements ManagePurchaseLimitsUseCase {

    static final int MOST_RULES = 10;
    static final int MOST_PRODUCTS = 200;
    /** Bounds that keep every sum of amounts far from overflowing. */
    static final long LARGEST_MOST = 1_000_000_000_000L;

    static final long LARGEST_AMOUNT_PER_UNIT = 1_000_000_000L;
    private static final Duration SHORTEST_WINDOW = Duration.ofMinutes(1);
    private static final Duration LONGEST_WINDOW = Duration.ofDays(366);

    private final LimitPorts ports;

    PurchaseLimitService(LimitPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<List<Stored>> list(Caller caller) {
        return Access.admin(caller).then(admin -> Outcome.done(ports.groups().all()));
    }

    @Override
    public Outcome<Stored> get(Caller caller, UUID groupId) {
        return Access.admin(caller)
                .then(admin -> ports.groups()
                        .byId(groupId)
                        .map(Outcome::done)
                        .orElseGet(() -> Outcome.refused(Refusal.notFound())));
    }

    @Override
    public Outcome<Stored> create(Caller caller, Draft draft) {
        return Access.admin(caller)
                .then(admin -> read(draft)
                        .then(group -> ports.kernel()
                                .transactions()
                                .inTransaction(
                                        () -> store(caller, ports.kernel().ids().next(), group, "created"))));
    }

    @Override
    public Outcome<Stored> replace(Caller caller, UUID groupId, Draft draft) {
        return Access.admin(caller)
                .then(admin -> read(draft)
                        .then(group -> ports.kernel().transactions().inTransaction(() -> {
                            if (ports.groups().byId(groupId).isEmpty()) {
                                return Outcome.refused(Refusal.notFound());
                            }
                            return store(caller, groupId, group, "replaced");
                        })));
    }

    @Override
    public Outcome<UUID> delete(Caller caller, UUID groupId) {
        return Access.admin(caller)
                .then(admin -> ports.kernel().transactions().inTransaction(() -> {
                    Optional<Stored> before = ports.groups().byId(groupId);
                    if (before.isEmpty() || !ports.groups().delete(groupId)) {
                        return Outcome.refused(Refusal.notFound());
                    }
                    ports.audit()
                            .record(
                                    caller,
                                    "purchase_limit.deleted",
                                    "purchase_limit_group",
                                    groupId.toString(),
                                    Map.of("name", before.get().group().name()));
                    return Outcome.done(groupId);
                }));
    }

    @Override
    public Outcome<List<Maximum>> maxima(Caller caller) {
        return Access.admin(caller).then(admin -> Outcome.done(ports.maxima().all()));
    }

    @Override
    public Outcome<Maximum> setMaximum(Caller caller, UUID productId, Integer units) {
        return Access.admin(caller).then(admin -> {
            Validation validation = new Validation().atLeast("maxUnits", units, 1);
            if (units != null && units > Quantity.MAX) {
                validation.problem("maxUnits", "must be at most " + Quantity.MAX);
            }
            Optional<Refusal> invalid = validation.refusal();
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            ProductId product = new ProductId(productId);
            return ports.kernel().transactions().inTransaction(() -> {
                if (ports.products().byId(product).isEmpty()) {
                    return Outcome.refused(Refusal.notFound());
                }
                Maximum maximum = new Maximum(product, units);
                ports.maxima().set(maximum);
                ports.audit()
                        .record(
                                caller,
                                "purchase_limit.order_maximum_set",
                                "product",
                                productId.toString(),
                                Map.of("maxUnits", Integer.toString(units)));
                return Outcome.done(maximum);
            });
        });
    }

    @Override
    public Outcome<UUID> removeMaximum(Caller caller, UUID productId) {
        return Access.admin(caller)
                .then(admin -> ports.kernel().transactions().inTransaction(() -> {
                    if (!ports.maxima().remove(new ProductId(productId))) {
                        return Outcome.refused(Refusal.notFound());
                    }
                    ports.audit()
                            .record(
                                    caller,
                                    "purchase_limit.order_maximum_removed",
                                    "product",
                                    productId.toString(),
                                    Map.of());
                    return Outcome.done(productId);
                }));
    }

    /** Saves the group unless another has its name or it names an unknown product; audited. */
    private Outcome<Stored> store(Caller caller, UUID id, PurchaseLimitGroup group, String verb) {
        boolean nameTaken = ports.groups().all().stream()
                .anyMatch(s -> !s.id().equals(id) && s.group().name().equalsIgnoreCase(group.name()));
        if (nameTaken) {
            return Outcome.refused(Refusal.of(
                    CatalogReason.LIMIT_GROUP_NAME_TAKEN,
                    "Another purchase limit group is named " + group.name() + "."));
        }
        Optional<ProductId> unknown = group.amountPerUnit().keySet().stream()
                .filter(p -> ports.products().byId(p).isEmpty())
                .findFirst();
        if (unknown.isPresent()) {
            return Outcome.refused(
                    Refusal.of(InventoryReason.UNKNOWN_PRODUCT, "There is no product " + unknown.get() + "."));
        }
        ports.groups().save(id, group);
        ports.audit()
                .record(
                        caller,
                        "purchase_limit." + verb,
                        "purchase_limit_group",
                        id.toString(),
                        Map.of(
                                "name", group.name(),
                                "rules", group.rules().toString(),
                                "products",
                                        Integer.toString(group.amountPerUnit().size())));
        return Outcome.done(new Stored(id, group));
    }

    /** The draft as a group, or every field to correct, named as the API names it. */
    private static Outcome<PurchaseLimitGroup> read(Draft draft) {
        Validation validation = new Validation();
        if (draft == null) {
            return Outcome.refused(
                    validation.problem("name", "is required").refusal().orElseThrow());
        }
        validation.text("name", draft.name(), 200).text("unit", draft.unit(), 100);
        List<WindowRule> rules = rules(draft.rules(), validation);
        Map<ProductId, Long> products = products(draft.products(), validation);
        Optional<Refusal> invalid = validation.refusal();
        return invalid.<Outcome<PurchaseLimitGroup>>map(Outcome::refused)
                .orElseGet(() -> Outcome.done(new PurchaseLimitGroup(
                        draft.name().strip(), draft.unit().strip(), rules, products)));
    }

    private static List<WindowRule> rules(List<RuleDraft> drafts, Validation validation) {
        List<WindowRule> rules = new ArrayList<>();
        if (drafts == null || drafts.isEmpty() || drafts.size() > MOST_RULES) {
            validation.problem("rules", "must hold 1 to " + MOST_RULES + " rules");
            return rules;
        }
        for (int i = 0; i < drafts.size(); i++) {
            String field = "rules[" + i + "]";
            RuleDraft draft = drafts.get(i);
            if (draft == null) {
                validation.problem(field, "is required");
                continue;
            }
            validation.atLeast(field + ".most", draft.most(), 1);
            if (draft.most() != null && draft.most() > LARGEST_MOST) {
                validation.problem(field + ".most", "must be at most " + LARGEST_MOST);
            }
            Optional<Duration> window = window(draft.window());
            if (window.isEmpty()) {
                validation.problem(
                        field + ".window", "must be an ISO-8601 duration from PT1M to P366D, such as P1D or P30D");
            }
            if (draft.most() != null && draft.most() >= 1 && draft.most() <= LARGEST_MOST && window.isPresent()) {
                rules.add(new WindowRule(draft.most(), window.get()));
            }
        }
        return rules;
    }

    private static Optional<Duration> window(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            Duration window = Duration.parse(text.strip());
            return window.compareTo(SHORTEST_WINDOW) < 0 || window.compareTo(LONGEST_WINDOW) > 0
                    ? Optional.empty()
                    : Optional.of(window);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Map<ProductId, Long> products(List<ProductDraft> drafts, Validation validation) {
        Map<ProductId, Long> products = new LinkedHashMap<>();
        if (drafts == null || drafts.isEmpty() || drafts.size() > MOST_PRODUCTS) {
            validation.problem("products", "must hold 1 to " + MOST_PRODUCTS + " products");
            return products;
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            String field = "products[" + i + "]";
            ProductDraft draft = drafts.get(i);
            if (draft == null) {
                validation.problem(field, "is required");
                continue;
            }
            validation
                    .required(field + ".productId", draft.productId())
                    .atLeast(field + ".amountPerUnit", draft.amountPerUnit(), 1);
            if (draft.amountPerUnit() != null && draft.amountPerUnit() > LARGEST_AMOUNT_PER_UNIT) {
                validation.problem(field + ".amountPerUnit", "must be at most " + LARGEST_AMOUNT_PER_UNIT);
            }
            if (draft.productId() != null && !seen.add(draft.productId())) {
                validation.problem(field + ".productId", "is named twice");
            }
            if (draft.productId() != null
                    && draft.amountPerUnit() != null
                    && draft.amountPerUnit() >= 1
                    && draft.amountPerUnit() <= LARGEST_AMOUNT_PER_UNIT) {
                products.put(new ProductId(draft.productId()), draft.amountPerUnit());
            }
        }
        return products;
    }
}
