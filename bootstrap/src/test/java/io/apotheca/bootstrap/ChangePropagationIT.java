package io.apotheca.bootstrap;

import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.RedisExtension;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@link ChangePropagationContract} with Redis: the instances tell each other through Redis pub/sub. */
class ChangePropagationIT extends ChangePropagationContract {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();

    @TempDir
    static Path dataDir;

    private static TestPharmacy first;
    private static TestPharmacy second;

    @BeforeAll
    static void start() {
        Map<String, String> env = Map.of(
                "REDIS_URL", redis.redis().url(),
                "APOTHECA_REDIS_KEY_PREFIX", redis.redis().keyPrefix(),
                "APOTHECA_JWT_SECRET", "two instances share one signing key, 32+ bytes");
        first = TestPharmacy.start(postgres.database(), dataDir, env);
        second = TestPharmacy.start(postgres.database(), dataDir, env);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    @Override
    TestPharmacy first() {
        return first;
    }

    @Override
    TestPharmacy second() {
        return second;
    }
}
