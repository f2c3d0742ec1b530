package io.apotheca.application.catalog.port.out;

import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A short-lived, read-through cache of catalog reads (a product, a page of search results), shared
 * by every instance. It never holds stock: {@code available} is always computed at read time. Any
 * product change invalidates it after the change commits, and a read that began before the change
 * can never store its stale result where later reads look, so a write is visible on the next read.
 */
public interface ProductCache {

    /** The product, from the cache or else from {@code load} (and then cached). */
    Optional<Product> product(ProductId id, Supplier<Optional<Product>> load);

    /** A page of search results for the query key, from the cache or else from {@code load}. */
    CachedPage page(String queryKey, Supplier<CachedPage> load);

    /** Forgets everything cached; called after every committed product change. */
    void invalidate();

    /**
     * @param products the page's products, in order
     * @param nextCursor the next page's cursor, if any
     */
    record CachedPage(List<Product> products, Optional<String> nextCursor) {}

    /** No cache at all: what runs without Redis. */
    static ProductCache none() {
        return NoProductCache.INSTANCE;
    }
}
