package io.apotheca.domain.limits;

import io.apotheca.domain.catalog.ProductId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Medicines that count together against the same rules.
 *
 * @param name what the group is called, such as "Pseudoephedrine (CMEA)"
 * @param unit the unit its amounts are in, such as "mg pseudoephedrine base"
 * @param rules at least one rule; every one must hold
 * @param amountPerUnit each product of the group, with the amount one unit of it (a pack) contains
 */
public record PurchaseLimitGroup(String name, String unit, List<WindowRule> rules, Map<ProductId, Long> amountPerUnit) {

    public PurchaseLimitGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        rules = List.copyOf(rules);
        amountPerUnit = Map.copyOf(amountPerUnit);
        if (name.isBlank() || unit.isBlank()) {
            throw new IllegalArgumentException("a limit group has a name and a unit");
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a limit group has at least one rule");
        }
        if (amountPerUnit.values().stream().anyMatch(amount -> amount < 1)) {
            throw new IllegalArgumentException("each product of a limit group contains some of its amount");
        }
    }

    /** The amount in {@code units} of the product, if the product is in the group. */
    public Optional<Long> amountOf(ProductId product, int units) {
        return Optional.ofNullable(amountPerUnit.get(product)).map(amount -> amount * units);
    }
}
