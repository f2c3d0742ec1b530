package io.apotheca.application.memory;

import io.apotheca.application.catalog.port.out.ProductCodes;
import io.apotheca.domain.catalog.ProductCode;
import io.apotheca.domain.catalog.ProductId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Products' standard codes in a map. */
public final class InMemoryProductCodes implements ProductCodes {

    private final Map<ProductId, List<ProductCode>> codes = new ConcurrentHashMap<>();

    @Override
    public List<ProductCode> of(ProductId product) {
        return codes.getOrDefault(product, List.of());
    }

    @Override
    public Map<ProductId, List<ProductCode>> ofAll(Collection<ProductId> products) {
        Map<ProductId, List<ProductCode>> found = new HashMap<>();
        products.stream().filter(codes::containsKey).forEach(p -> found.put(p, codes.get(p)));
        return found;
    }

    @Override
    public Map<ProductCode, ProductId> productsNamedBy(Collection<ProductCode> wanted) {
        Map<ProductCode, ProductId> found = new HashMap<>();
        codes.forEach((product, list) -> list.stream().filter(wanted::contains).forEach(c -> found.put(c, product)));
        return found;
    }

    @Override
    public void lockForChange() {
        // one map, changed by one test thread
    }

    @Override
    public void replace(ProductId product, List<ProductCode> replacement) {
        codes.put(product, List.copyOf(replacement));
    }
}
