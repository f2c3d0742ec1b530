package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.testsupport.FreePorts;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.RedisServers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import redis.embedded.RedisServer;

/**
 * Drill 2: Redis stops under a running Apotheca and comes back. While it is away, readiness is 503,
 * and carts, the catalog and sign-in either carry on (carts from their PostgreSQL copy, the catalog
 * from the database) or refuse with a clear 503 problem, never a 500 and never a wait past the
 * client's timeout; when Redis returns, service recovers without a restart. The drill starts its own
 * Redis on a free port, never the machine's.
 */
class RedisOutageDrill {

    private static final Duration REQUEST_BOUND = Duration.ofSeconds(6);

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @TempDir
    Path dataDir;

    @Test
    void carts_the_catalog_and_sign_in_degrade_without_a_500_and_recover() throws Exception {
        int port = FreePorts.next();
        RedisServer redis = RedisServers.startEmbeddedOn(port);
        try (TestPharmacy pharmacy =
                TestPharmacy.start(postgres.database(), dataDir, Map.of("REDIS_URL", "redis://127.0.0.1:" + port))) {
            String category = pharmacy.category("redis-outage");
            String product = pharmacy.product(category, "Cache-proof lozenges", 350, false);
            pharmacy.receive(product, "RD-1", 400, 50);
            Account customer = pharmacy.customer();
            pharmacy.addToCart(customer, product, 2);
            Thread.sleep(2_500); // the cart's write-behind to PostgreSQL runs every two seconds

            redis.stop();
            List<String> wrong = new ArrayList<>();
            check(wrong, "ready", () -> pharmacy.get("/health/ready", null), 503);
            check(wrong, "catalog", () -> pharmacy.get("/api/v1/products/" + product, null), 200, 503);
            check(wrong, "search", () -> pharmacy.get("/api/v1/products?q=lozenges", null), 200, 503);
            check(wrong, "cart", () -> pharmacy.get("/api/v1/cart", customer.accessToken()), 200, 503);
            check(
                    wrong,
                    "cart change",
                    () -> pharmacy.send(
                            "PUT", "/api/v1/cart/items/" + product, customer.accessToken(), Map.of("quantity", 3)),
                    200,
                    503);
            check(
                    wrong,
                    "sign-in",
                    () -> pharmacy.post(
                            "/api/v1/auth/login",
                            null,
                            Map.of("email", customer.email(), "password", TestPharmacy.PASSWORD)),
                    200,
                    503);
            assertThat(wrong).isEmpty();

            redis = RedisServers.startEmbeddedOn(port);
            long back = System.nanoTime();
            while (pharmacy.get("/health/ready", null).status() != 200) {
                assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofSeconds(30));
                Thread.sleep(200);
            }
            pharmacy.addToCart(customer, product, 1);
            Response cart = pharmacy.get("/api/v1/cart", customer.accessToken());
            assertThat(cart.status()).isEqualTo(200);
            assertThat(cart.body().path("items").get(0).path("quantity").asInt())
                    .isEqualTo(1);
            assertThat(pharmacy.checkout(customer).status()).isEqualTo(201);
        } finally {
            redis.stop();
        }
    }

    private static void check(List<String> wrong, String what, Supplier<Response> request, Integer... allowed) {
        long started = System.nanoTime();
        Response answer = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (!List.of(allowed).contains(answer.status())) {
            wrong.add(what + " answered " + answer.status() + " " + answer.body());
        }
        if (answer.status() == 503
                && !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            wrong.add(what + " answered 503 without a problem");
        }
        if (took.compareTo(REQUEST_BOUND) > 0) {
            wrong.add(what + " took " + took);
        }
    }
}
