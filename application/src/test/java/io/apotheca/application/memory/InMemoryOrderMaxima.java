package io.apotheca.application.memory;

import io.apotheca.application.limits.port.out.OrderMaxima;
import io.apotheca.domain.catalog.ProductId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Maxima per order in memory. */
public final class InMemoryOrderMaxima implements OrderMaxima {

    private final Map<ProductId, Integer> maxima = new ConcurrentHashMap<>();

    @Override
    public void set(Maximum maximum) {
        maxima.put(maximum.product(), maximum.units());
    }

    @Override
    public boolean remove(ProductId product) {
        return maxima.remove(product) != null;
    }

    @Override
    public List<Maximum> all() {
        return maxima.entrySet().stream()
                .map(e -> new Maximum(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(m -> m.product().value()))
                .toList();
    }

    @Override
    public Map<ProductId, Integer> of(Collection<ProductId> products) {
        return maxima.entrySet().stream()
                .filter(e -> products.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
