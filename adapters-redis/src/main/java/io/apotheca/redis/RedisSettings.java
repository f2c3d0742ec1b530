package io.apotheca.redis;

import java.net.URI;
import java.util.Objects;

/**
 * How to reach Redis.
 *
 * @param url {@code redis://[:password@]host:port[/db]}
 * @param keyPrefix put before every key this adapter writes, so that several deployments (or test
 *     classes) can share one server
 */
public record RedisSettings(URI url, String keyPrefix) {

    public RedisSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        if (!"redis".equals(url.getScheme()) && !"rediss".equals(url.getScheme())) {
            throw new IllegalArgumentException("not a redis:// address: " + url);
        }
    }
}
