package io.apotheca.redis;

import io.apotheca.application.health.port.out.ReadinessProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;

/** Redis is up when it answers {@code PING} within the client's two-second timeout. */
final class RedisReadinessProbe implements ReadinessProbe {

    private static final Logger LOG = LoggerFactory.getLogger(RedisReadinessProbe.class);

    private final RedisClient client;

    RedisReadinessProbe(RedisClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public boolean answers() {
        try {
            return "PONG".equals(client.ping());
        } catch (RuntimeException e) {
            LOG.warn("redis does not answer: {}", e.getMessage());
            return false;
        }
    }
}
