package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Download;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.testsupport.FreePorts;
import io.apotheca.testsupport.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drill 3: PostgreSQL stops under a running Apotheca and comes back. Readiness goes 503 while it is
 * away and 200 again when it returns; requests meanwhile are answered 503 {@code
 * service_unavailable}, none waiting past the pool's five-second connection timeout (plus a
 * margin); nothing written before the outage is lost; and the pool serves
 * new work afterwards without a restart. The drill starts its own PostgreSQL on a free port, never the
 * machine's.
 */
class PostgresRestartDrill {

    private static final Duration REQUEST_BOUND = Duration.ofSeconds(10);

    @TempDir
    Path pgData;

    @TempDir
    Path dataDir;

    @Test
    void readiness_follows_the_database_requests_stay_bounded_and_nothing_is_lost() throws Exception {
        int port = FreePorts.next();
        EmbeddedPostgres postgres = start(port);
        TestDatabase db = new TestDatabase("postgres", postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        try (TestPharmacy pharmacy = TestPharmacy.start(db, dataDir, Map.of())) {
            String category = pharmacy.category("outage");
            String product = pharmacy.product(category, "Outage-proof bandage", 200, false);
            pharmacy.receive(product, "PG-1", 400, 20);
            Account customer = pharmacy.customer();
            pharmacy.addToCart(customer, product, 3);
            String order = pharmacy.checkout(customer).text("id");
            assertThat(pharmacy.download("/health/ready", null).status()).isEqualTo(200);

            postgres.close();
            List<String> slow = new ArrayList<>();
            int readyDown = timed(pharmacy, "/health/ready", null, slow);
            int productDown = timed(pharmacy, "/api/v1/products/" + product, null, slow);
            int orderDown = timed(pharmacy, "/api/v1/orders/" + order, customer.accessToken(), slow);
            assertThat(readyDown).isEqualTo(503);
            assertThat(productDown)
                    .as("a catalog read while the database is away")
                    .isEqualTo(503);
            assertThat(orderDown).as("an order read while the database is away").isEqualTo(503);
            assertThat(slow).as("requests that waited past their bound").isEmpty();

            postgres = start(port);
            long back = System.nanoTime();
            while (pharmacy.download("/health/ready", null).status() != 200) {
                assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofSeconds(30));
                Thread.sleep(200);
            }
            Response kept = pharmacy.get("/api/v1/orders/" + order, customer.accessToken());
            assertThat(kept.status()).isEqualTo(200);
            assertThat(kept.text("status")).isEqualTo("AWAITING_PAYMENT");
            assertThat(pharmacy.available(product)).isEqualTo(17);
            pharmacy.addToCart(customer, product, 2);
            assertThat(pharmacy.checkout(customer).status())
                    .as("the pool serves new work")
                    .isEqualTo(201);
            assertThat(pharmacy.available(product)).isEqualTo(15);
        } finally {
            postgres.close();
        }
    }

    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
    }

    private static int timed(TestPharmacy pharmacy, String path, String token, List<String> slow) {
        long started = System.nanoTime();
        Download answer = pharmacy.download(path, token);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (took.compareTo(REQUEST_BOUND) > 0) {
            slow.add(path + " took " + took);
        }
        return answer.status();
    }
}
