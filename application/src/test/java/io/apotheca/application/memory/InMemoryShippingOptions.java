package io.apotheca.application.memory;

import io.apotheca.application.pricing.port.out.ShippingOptions;
import io.apotheca.domain.pricing.ShippingOption;
import io.apotheca.domain.pricing.ShippingOptionId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Shipping options in memory; an update never creates one; listed as PostgreSQL lists them. */
public final class InMemoryShippingOptions implements ShippingOptions {

    private final Map<ShippingOptionId, ShippingOption> options = new ConcurrentHashMap<>();

    @Override
    public void add(ShippingOption option, Instant at) {
        options.put(option.id(), option);
    }

    @Override
    public void update(ShippingOption option, Instant at) {
        options.computeIfPresent(option.id(), (id, stored) -> option);
    }

    @Override
    public Optional<ShippingOption> byId(ShippingOptionId id) {
        return Optional.ofNullable(options.get(id));
    }

    @Override
    public Optional<ShippingOption> lock(ShippingOptionId id) {
        return byId(id);
    }

    @Override
    public List<ShippingOption> list(boolean includeInactive) {
        return options.values().stream()
                .filter(o -> includeInactive || o.active())
                .sorted(Comparator.comparing((ShippingOption o) -> o.price().minor())
                        .thenComparing(o -> o.id().value(), Ids::compare))
                .toList();
    }

    @Override
    public boolean anyActive() {
        return options.values().stream().anyMatch(ShippingOption::active);
    }
}
