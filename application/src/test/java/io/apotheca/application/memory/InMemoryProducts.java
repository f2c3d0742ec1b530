package io.apotheca.application.memory;

import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Products in a map; ids and SKUs unique, as PostgreSQL keeps them. */
public final class InMemoryProducts implements Products {

    private final Map<ProductId, Product> products = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean add(Product product) {
        if (products.containsKey(product.id()) || skuTaken(product)) {
            return false;
        }
        products.put(product.id(), product);
        return true;
    }

    @Override
    public Optional<Product> byId(ProductId id) {
        return Optional.ofNullable(products.get(id));
    }

    @Override
    public List<Product> active(Optional<ProductId> after, int limit) {
        return products.values().stream()
                .filter(Product::active)
                .filter(p -> after.isEmpty()
                        || Ids.compare(p.id().value(), after.get().value()) > 0)
                .sorted(Comparator.comparing(p -> p.id().value(), Ids::compare))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean update(Product product) {
        if (!products.containsKey(product.id()) || skuTaken(product)) {
            return false;
        }
        products.put(product.id(), product);
        return true;
    }

    private boolean skuTaken(Product product) {
        return products.values().stream().anyMatch(p -> p.sku().equals(product.sku()) && !p.id().equals(product.id()));
    }
}
