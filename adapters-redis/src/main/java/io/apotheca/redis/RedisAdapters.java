package io.apotheca.redis;

import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.application.health.port.out.ReadinessProbe;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import io.apotheca.application.shared.port.out.RateLimiter;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;

/**
 * The Redis adapter as a whole: one pooled client, and the port implementations built on it.
 * Closing it closes the pool.
 */
public final class RedisAdapters implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 2_000;

    private final RedisClient client;
    private final RedisSettings settings;
    private final HostAndPort address;
    private final JedisClientConfig config;
    private final java.util.List<RedisChangeBroadcast> broadcasts = new java.util.concurrent.CopyOnWriteArrayList<>();

    private RedisAdapters(RedisClient client, RedisSettings settings, HostAndPort address, JedisClientConfig config) {
        this.client = client;
        this.settings = settings;
        this.address = address;
        this.config = config;
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
        HostAndPort address = new HostAndPort(uri.getHost(), port);
        RedisClient client =
                RedisClient.builder().hostAndPort(address).clientConfig(config).build();
        return new RedisAdapters(client, settings, address, config);
    }

    /** Tells whether Redis answers {@code PING} in time. */
    public ReadinessProbe readinessProbe() {
        return new RedisReadinessProbe(client);
    }

    /**
     * Tells every instance on this Redis (and key prefix) of changes to what they keep in memory,
     * subscribed from now until {@link #close()}.
     */
    public ChangeBroadcast changeBroadcast() {
        RedisChangeBroadcast broadcast =
                new RedisChangeBroadcast(client, () -> new Jedis(address, config), settings.keyPrefix()).start();
        broadcasts.add(broadcast);
        return broadcast;
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
        broadcasts.forEach(RedisChangeBroadcast::close);
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
