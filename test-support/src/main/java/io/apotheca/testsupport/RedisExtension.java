package io.apotheca.testsupport;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Gives a test class a Redis key namespace of its own on the run's shared server, emptied when the
 * class ends. Register it as a static field:
 *
 * <pre>{@code @RegisterExtension static final RedisExtension redis = new RedisExtension();}</pre>
 */
public final class RedisExtension implements BeforeAllCallback, AfterAllCallback {

    private TestRedis redis;

    @Override
    public void beforeAll(ExtensionContext context) {
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        redis = new TestRedis(
                RedisServers.shared().url(), "apotheca-test:" + HexFormat.of().formatHex(random) + ":");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (redis != null) {
            deleteKeysStartingWith(redis.keyPrefix());
            redis = null;
        }
    }

    /** The namespace of the running test class. */
    public TestRedis redis() {
        if (redis == null) {
            throw new IllegalStateException("the Redis namespace exists only while the test class runs");
        }
        return redis;
    }

    private static void deleteKeysStartingWith(String prefix) {
        try (RedisClient client = RedisClient.create(RedisServers.shared().url())) {
            ScanParams match = new ScanParams().match(prefix + "*").count(500);
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = client.scan(cursor, match);
                if (!page.getResult().isEmpty()) {
                    client.del(page.getResult().toArray(String[]::new));
                }
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        }
    }
}
