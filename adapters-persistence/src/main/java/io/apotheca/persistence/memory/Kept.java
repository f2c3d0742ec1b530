package io.apotheca.persistence.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Rows kept in this instance's memory, used only while the change broadcast is live: otherwise every
 * read goes to the database (fail closed). A read that finds nothing is not kept. An entry is
 * forgotten when its change is announced, and in any case after {@code life}, which bounds what a
 * lost announcement can cost.
 */
final class Kept<K, V> {

    private final Cache<K, V> cache;
    private final ChangeBroadcast broadcast;

    Kept(ChangeBroadcast broadcast, long maximumSize, Duration life) {
        this.broadcast = broadcast;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(life)
                .build();
    }

    /** The kept value, else {@code load}'s (kept unless null); {@code load}'s alone when not live. */
    V get(K key, Function<K, V> load) {
        if (!broadcast.live()) {
            return load.apply(key);
        }
        return cache.get(key, load);
    }

    /** The kept value, or null when none is kept or the broadcast is not live. */
    V peek(K key) {
        return broadcast.live() ? cache.getIfPresent(key) : null;
    }

    /**
     * Keeps a value read in bulk. Unlike {@link #get}, a change announced while the bulk read ran is
     * not guarded against, so values kept this way should have a short life.
     */
    void put(K key, V value) {
        if (broadcast.live()) {
            cache.put(key, value);
        }
    }

    void forget(K key) {
        cache.invalidate(key);
    }

    void forgetIf(Predicate<V> which) {
        cache.asMap().values().removeIf(which);
    }

    void forgetAll() {
        cache.invalidateAll();
    }
}
