package io.apotheca.application.limits.port.out;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.limits.PurchaseLimitGroup;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The purchase limit groups an administrator defined, each with its rules and its products. */
public interface PurchaseLimitGroups {

    /**
     * A group as kept.
     *
     * @param id its id
     * @param group its name, unit, rules and products
     */
    record Stored(UUID id, PurchaseLimitGroup group) {}

    /** Adds the group, or replaces the one with this id whole: its rules and products too. */
    void save(UUID id, PurchaseLimitGroup group);

    Optional<Stored> byId(UUID id);

    /** Every group, by name. */
    List<Stored> all();

    /** The groups any of these products is in, by name: what a checkout of them must respect. */
    List<Stored> containing(Collection<ProductId> products);

    /** Removes the group; answers whether there was one. */
    boolean delete(UUID id);
}
