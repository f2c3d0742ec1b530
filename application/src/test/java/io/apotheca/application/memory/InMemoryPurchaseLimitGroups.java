package io.apotheca.application.memory;

import io.apotheca.application.limits.port.out.PurchaseLimitGroups;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.limits.PurchaseLimitGroup;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Limit groups in a map; names are unique, as the table's constraint keeps them. */
public final class InMemoryPurchaseLimitGroups implements PurchaseLimitGroups {

    private final Map<UUID, PurchaseLimitGroup> groups = new ConcurrentHashMap<>();

    @Override
    public synchronized void save(UUID id, PurchaseLimitGroup group) {
        if (groups.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(id) && e.getValue().name().equals(group.name()))) {
            throw new IllegalStateException("a limit group is named " + group.name() + " already");
        }
        groups.put(id, group);
    }

    @Override
    public Optional<Stored> byId(UUID id) {
        return Optional.ofNullable(groups.get(id)).map(group -> new Stored(id, group));
    }

    @Override
    public List<Stored> all() {
        return groups.entrySet().stream()
                .map(e -> new Stored(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(s -> s.group().name()))
                .toList();
    }

    @Override
    public List<Stored> containing(Collection<ProductId> products) {
        return all().stream()
                .filter(s -> products.stream().anyMatch(s.group().amountPerUnit()::containsKey))
                .toList();
    }

    @Override
    public boolean delete(UUID id) {
        return groups.remove(id) != null;
    }
}
