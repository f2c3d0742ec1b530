package io.apotheca.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apotheca.application.catalog.port.out.ProductCache;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.DrugSchedule;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.Sku;
import io.apotheca.domain.pricing.TaxCategory;
import io.apotheca.domain.shared.Money;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

/**
 * Catalog reads cached in Redis for 60 seconds under a generation number. A read captures the
 * generation before loading and stores its result under it; invalidation increments the generation,
 * so entries of older generations are never read again (they expire on their own). If Redis fails,
 * reads go to the database: the cache never turns a Redis outage into an error.
 */
final class RedisProductCache implements ProductCache {

    private static final Logger LOG = LoggerFactory.getLogger(RedisProductCache.class);
    private static final int TTL_SECONDS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    record ProductJson(
            UUID id,
            String sku,
            String name,
            String description,
            String manufacturer,
            UUID categoryId,
            long priceMinor,
            String currency,
            boolean requiresPrescription,
            int reorderLevel,
            boolean active,
            TaxCategory taxCategory,
            DrugSchedule schedule) {

        static ProductJson of(Product p) {
            return new ProductJson(
                    p.id().value(),
                    p.sku().value(),
                    p.name(),
                    p.description(),
                    p.manufacturer(),
                    p.categoryId().value(),
                    p.price().minor(),
                    p.price().currency().getCurrencyCode(),
                    p.requiresPrescription(),
                    p.reorderLevel(),
                    p.active(),
                    p.taxCategory(),
                    p.schedule().orElse(null));
        }

        Product product() {
            return new Product(
                    new ProductId(id),
                    new Sku(sku),
                    name,
                    description,
                    manufacturer,
                    new CategoryId(categoryId),
                    Money.of(priceMinor, currency),
                    requiresPrescription,
                    reorderLevel,
                    active,
                    taxCategory,
                    Optional.ofNullable(schedule));
        }
    }

    record PageJson(List<ProductJson> products, String nextCursor) {}

    private final RedisClient redis;
    private final String prefix;

    RedisProductCache(RedisClient redis, String keyPrefix) {
        this.redis = redis;
        this.prefix = keyPrefix + "catalog:v3:"; // v3: products carry their schedule
    }

    @Override
    public Optional<Product> product(ProductId id, Supplier<Optional<Product>> load) {
        return readThrough("product:" + id, ProductJson.class, ProductJson::product, load, p -> ProductJson.of(p));
    }

    @Override
    public CachedPage page(String queryKey, Supplier<CachedPage> load) {
        return readThrough(
                        "page:" + sha256(queryKey),
                        PageJson.class,
                        json -> new CachedPage(
                                json.products().stream()
                                        .map(ProductJson::product)
                                        .toList(),
                                Optional.ofNullable(json.nextCursor())),
                        () -> Optional.of(load.get()),
                        page -> new PageJson(
                                page.products().stream().map(ProductJson::of).toList(),
                                page.nextCursor().orElse(null)))
                .orElseThrow();
    }

    @Override
    public void invalidate() {
        try {
            redis.incr(prefix + "generation");
        } catch (RuntimeException e) {
            // a stale entry lives at most TTL_SECONDS; say so loudly
            LOG.error("could not invalidate the catalog cache; entries may be stale for up to {} s", TTL_SECONDS, e);
        }
    }

    private <T, J> Optional<T> readThrough(
            String key,
            Class<J> type,
            java.util.function.Function<J, T> fromJson,
            Supplier<Optional<T>> load,
            java.util.function.Function<T, J> toJson) {
        String generation;
        String cached;
        try {
            generation = Optional.ofNullable(redis.get(prefix + "generation")).orElse("0");
            cached = redis.get(prefix + generation + ":" + key);
        } catch (RuntimeException e) {
            LOG.warn("catalog cache unavailable, reading the database: {}", e.getMessage());
            return load.get();
        }
        if (cached != null) {
            try {
                return Optional.of(fromJson.apply(JSON.readValue(cached, type)));
            } catch (JsonProcessingException | RuntimeException unreadable) {
                LOG.warn("unreadable catalog cache entry {}, reading the database", key);
            }
        }
        Optional<T> loaded = load.get();
        loaded.ifPresent(value -> store(prefix + generation + ":" + key, toJson.apply(value)));
        return loaded;
    }

    private void store(String key, Object json) {
        try {
            redis.set(key, JSON.writeValueAsString(json), SetParams.setParams().ex(TTL_SECONDS));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("could not cache {}: {}", key, e.getMessage());
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
