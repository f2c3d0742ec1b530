package io.apotheca.application.catalog.port.out;

import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import java.util.Optional;
import java.util.function.Supplier;

/** Caches nothing: every read goes to the database. */
enum NoProductCache implements ProductCache {
    INSTANCE;

    @Override
    public Optional<Product> product(ProductId id, Supplier<Optional<Product>> load) {
        return load.get();
    }

    @Override
    public CachedPage page(String queryKey, Supplier<CachedPage> load) {
        return load.get();
    }

    @Override
    public void invalidate() {}
}
