package io.apotheca.redis;

import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.application.catalog.port.out.ProductCache;
import io.apotheca.application.health.port.out.ReadinessProbe;
import io.apotheca.application.shared.port.out.RateLimiter;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;

/**
 * The Redis adapter as a whole: one pooled client, and the port implementations built on it.
 * Closing it closes the pool.
 */
public final class RedisAdapters implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 2_000;

    private final RedisClient client;
    private final RedisSettings settings;

    private RedisAdapters(RedisClient client, RedisSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** Creates the client; connections are made lazily, so an absent server shows in readiness. */
    public static RedisAdapters connect(RedisSettings settings) {
        var uri = settings.url();
        var config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(TIMEOUT_MILLIS)
                .socketTimeoutMillis(TIMEOUT_MILLIS)
                .ssl("rediss".equals(uri.getScheme()))
                .database(database(uri))
                .password(password(uri))
                .clientName("apotheca")
                .build();
        int port = uri.getPort() == -1 ? 6379 : uri.getPort();
        RedisClient client = RedisClient.builder()
                .hostAndPort(new HostAndPort(uri.getHost(), port))
                .clientConfig(config)
                .build();
        return new RedisAdapters(client, settings);
    }

    /** Tells whether Redis answers {@code PING} in time. */
    public ReadinessProbe readinessProbe() {
        return new RedisReadinessProbe(client);
    }

    /** The catalog's read-through cache, shared by every instance that uses this Redis. */
    public ProductCache productCache() {
        return new RedisProductCache(client, settings.keyPrefix());
    }

    /** Rate-limit buckets shared by every instance that uses this Redis. */
    public RateLimiter rateLimiter() {
        return new RedisRateLimiter(client, settings.keyPrefix());
    }

    /**
     * Carts kept in Redis and written behind to {@code durable}; schedule {@link
     * WriteBehindCarts#writeBehind()} every few seconds.
     */
    public WriteBehindCarts carts(CartStore durable) {
        return new RedisCartStore(client, settings.keyPrefix(), durable);
    }

    @Override
    public void close() {
        client.close();
    }

    private static int database(java.net.URI uri) {
        String path = uri.getPath();
        return path == null || path.isEmpty() || path.equals("/") ? 0 : Integer.parseInt(path.substring(1));
    }

    private static String password(java.net.URI uri) {
        String userInfo = uri.getUserInfo();
        if (userInfo == null) {
            return null;
        }
        int colon = userInfo.indexOf(':');
        return colon < 0 ? userInfo : userInfo.substring(colon + 1);
    }
}
