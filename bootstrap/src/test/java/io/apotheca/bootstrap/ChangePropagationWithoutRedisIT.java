package io.apotheca.bootstrap;

import io.apotheca.testsupport.PostgresExtension;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@link ChangePropagationContract} without Redis: the instances tell each other through PostgreSQL's NOTIFY. */
class ChangePropagationWithoutRedisIT extends ChangePropagationContract {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @TempDir
    static Path dataDir;

    private static TestPharmacy first;
    private static TestPharmacy second;

    @BeforeAll
    static void start() {
        Map<String, String> env = Map.of("APOTHECA_JWT_SECRET", "two instances share one signing key, 32+ bytes");
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
