package io.apotheca.persistence.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Rows kept in this instance's memory, used only while the change broadcast is live and never
 * inside a transaction (which may read its own writes, not yet committed, or lock what it reads):
 * otherwise every read goes to the database (fail closed). A read that finds nothing is not kept. An
 * entry is forgotten when its change is announced, and in any case after {@code life}, which bounds
 * what a lost announcement can cost.
 *
 * <p>Forgetting one key waits for a read of that key in flight and drops its result (Caffeine's
 * per-key computation). Forgetting many at once cannot wait for reads in flight, so it also moves a
 * generation on; a read that began before the move drops what it read.
 */
final class Kept<K, V> {

    private final Cache<K, V> cache;
    private final ChangeBroadcast broadcast;
    private final BooleanSupplier inTransaction;
    private final AtomicLong generation = new AtomicLong();

    Kept(ChangeBroadcast broadcast, BooleanSupplier inTransaction, long maximumSize, Duration life) {
        this.broadcast = broadcast;
        this.inTransaction = inTransaction;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(life)
                .build();
    }

    private boolean usable() {
        return broadcast.live() && !inTransaction.getAsBoolean();
    }

    /** The kept value, else {@code load}'s (kept unless null); {@code load}'s alone when not usable. */
    V get(K key, Function<K, V> load) {
        if (!usable()) {
            return load.apply(key);
        }
        long before = generation.get();
        V value = cache.get(key, load);
        if (generation.get() != before) {
            cache.invalidate(key); // many were forgotten while this was read: it may be older than that
        }
        return value;
    }

    /** The kept value, or null when none is kept or the store is not usable. */
    V peek(K key) {
        return usable() ? cache.getIfPresent(key) : null;
    }

    /** Where a bulk read starts from: pass it to {@link #put} with what the read found. */
    long generation() {
        return generation.get();
    }

    /**
     * Keeps a value read in bulk, unless many were forgotten since the read began. A change to this
     * very key announced while the bulk read ran is not guarded against, so values kept this way
     * should have a short life.
     */
    void put(K key, V value, long readSince) {
        if (usable() && generation.get() == readSince) {
            cache.put(key, value);
        }
    }

    void forget(K key) {
        cache.invalidate(key);
    }

    void forgetIf(Predicate<V> which) {
        generation.incrementAndGet();
        cache.asMap().values().removeIf(which);
    }

    void forgetAll() {
        generation.incrementAndGet();
        cache.invalidateAll();
    }
}
