package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.testsupport.PostgresExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Purchase limits over HTTP on PostgreSQL, on a clock the test moves: an administrator's limit group
 * lets a customer buy exactly its limit and refuses one unit more, the cart summary warns first,
 * cancelled orders do not count, the window rolls, and of 16 racing checkouts of one customer only
 * those that fit pass.
 */
class PurchaseLimitsApiIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @TempDir
    static Path dataDir;

    private static final MovableClock clock = new MovableClock();
    private static TestPharmacy pharmacy;
    private static String category;

    @BeforeAll
    static void start() {
        pharmacy = TestPharmacy.start(postgres.database(), dataDir, Map.of(), clock);
        category = pharmacy.category("limited");
    }

    @AfterAll
    static void stop() {
        pharmacy.close();
    }

    @Test
    void exactly_the_limit_passes_one_unit_more_is_refused_cancelled_orders_do_not_count_and_the_window_rolls() {
        String pseudoephedrine = limitedProduct("Pseudoephedrine 60 mg x 20", "Pseudoephedrine (CMEA)");
        Account customer = pharmacy.customer();

        String first = placed(customer, pseudoephedrine, 2);
        placed(customer, pseudoephedrine, 1); // 3 packs of 1,200 mg: exactly 3,600 mg today

        pharmacy.addToCart(customer, pseudoephedrine, 1);
        JsonNode warnings = pharmacy.get("/api/v1/cart/summary", customer.accessToken())
                .body()
                .path("warnings");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).path("code").asText()).isEqualTo("purchase_limit_exceeded");
        assertThat(warnings.get(0).path("stillAllowed").asText()).isEqualTo("0");
        Response over = pharmacy.checkout(customer);
        assertThat(over.status()).isEqualTo(409);
        assertThat(over.code()).isEqualTo("purchase_limit_exceeded");
        assertThat(over.text("limitGroup")).isEqualTo("Pseudoephedrine (CMEA)");
        assertThat(over.text("window")).isEqualTo("PT24H");
        assertThat(over.text("stillAllowed")).isEqualTo("0");
        assertThat(pharmacy.scalar("SELECT count(*) FROM orders WHERE customer_id = '" + customer.id() + "'"))
                .isEqualTo(2);

        assertThat(pharmacy.post("/api/v1/orders/" + first + "/cancel", customer.accessToken(), Map.of())
                        .status())
                .isEqualTo(200);
        pharmacy.addToCart(customer, pseudoephedrine, 2);
        assertThat(pharmacy.checkout(customer).status()).isEqualTo(201); // the cancelled pair no longer counts

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        customer = pharmacy.login(customer.email());
        placed(customer, pseudoephedrine, 3); // a new day: 7,200 mg in 30 days
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        customer = pharmacy.login(customer.email());
        pharmacy.addToCart(customer, pseudoephedrine, 2);
        Response thirtyDays = pharmacy.checkout(customer);
        assertThat(thirtyDays.code()).isEqualTo("purchase_limit_exceeded");
        assertThat(thirtyDays.text("window")).isEqualTo("PT720H");
        assertThat(thirtyDays.text("stillAllowed")).isEqualTo("1800");
        pharmacy.addToCart(customer, pseudoephedrine, 1);
        assertThat(pharmacy.checkout(customer).status()).isEqualTo(201); // 9,000 mg in 30 days, exactly

        clock.advance(Duration.ofDays(29)); // the first day's orders are now 31 days old
        customer = pharmacy.login(customer.email());
        placed(customer, pseudoephedrine, 3);
    }

    @Test
    void of_sixteen_concurrent_checkouts_of_one_customer_only_those_that_fit_the_limit_pass() throws Exception {
        String pseudoephedrine = limitedProduct("Pseudoephedrine 60 mg x 20 (race)", "Pseudoephedrine (race)");
        Account customer = pharmacy.customer();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Response> answers = new ArrayList<>();
        try {
            List<Callable<Response>> checkouts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                checkouts.add(() -> {
                    // another checkout may take the cart first: fill it again until placed or refused for the limit
                    for (int tried = 0; tried < 40; tried++) {
                        pharmacy.addToCart(customer, pseudoephedrine, 1);
                        Response answer = pharmacy.checkoutTryingAgainWhenUnavailable(customer);
                        if (!"cart_empty".equals(answer.code())) {
                            return answer;
                        }
                    }
                    throw new IllegalStateException("never placed nor refused");
                });
            }
            for (Future<Response> answer : pool.invokeAll(checkouts)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(answers)
                .allSatisfy(a -> assertThat(a.status() == 201 || "purchase_limit_exceeded".equals(a.code()))
                        .as(a.status() + " " + a.body())
                        .isTrue());
        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(3);
        assertThat(pharmacy.scalar("SELECT coalesce(sum(l.quantity), 0) FROM orders o JOIN order_lines l"
                        + " ON l.order_id = o.id WHERE o.customer_id = '" + customer.id() + "'"))
                .isEqualTo(3);
    }

    @Test
    void an_administrator_sets_a_maximum_per_order_and_bad_limits_change_nothing() {
        Account admin = pharmacy.admin();
        String paracetamol = pharmacy.product(category, "Paracetamol 500 mg x 16", 299, false);
        pharmacy.receive(paracetamol, "PARA-1", 400, 100);
        Response set = pharmacy.send(
                "PUT",
                "/api/v1/admin/purchase-limits/per-order/" + paracetamol,
                admin.accessToken(),
                Map.of("maxUnits", 2));
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body().path("maxUnits").asInt()).isEqualTo(2);
        assertThat(pharmacy.get("/api/v1/admin/purchase-limits/per-order", admin.accessToken())
                        .body()
                        .path("items"))
                .anySatisfy(m -> assertThat(m.path("productId").asText()).isEqualTo(paracetamol));

        Account customer = pharmacy.customer();
        pharmacy.addToCart(customer, paracetamol, 3);
        Response three = pharmacy.checkout(customer);
        assertThat(three.status()).isEqualTo(409);
        assertThat(three.code()).isEqualTo("purchase_limit_exceeded");
        assertThat(three.text("most")).isEqualTo("2");
        placed(customer, paracetamol, 2);

        Response badWindow = pharmacy.post(
                "/api/v1/admin/purchase-limits",
                admin.accessToken(),
                Map.of(
                        "name",
                        "Codeine linctus",
                        "unit",
                        "ml",
                        "rules",
                        List.of(Map.of("most", 200, "window", "two weeks")),
                        "products",
                        List.of(Map.of("productId", paracetamol, "amountPerUnit", 100))));
        assertThat(badWindow.status()).isEqualTo(400);
        assertThat(badWindow.body().path("errors").get(0).path("field").asText())
                .isEqualTo("rules[0].window");
        assertThat(pharmacy.scalar("SELECT count(*) FROM purchase_limit_groups WHERE name = 'Codeine linctus'"))
                .isZero();
        assertThat(pharmacy.get("/api/v1/admin/purchase-limits", customer.accessToken())
                        .status())
                .isEqualTo(403);
        assertThat(pharmacy.send(
                                "DELETE",
                                "/api/v1/admin/purchase-limits/per-order/" + paracetamol,
                                admin.accessToken(),
                                null)
                        .status())
                .isEqualTo(204);
        assertThat(pharmacy.scalar("SELECT count(*) FROM audit_log WHERE action LIKE 'purchase_limit.order_maximum%'"
                        + " AND target_id = '" + paracetamol + "'"))
                .isEqualTo(2);
    }

    /** A product on the shelf in a new limit group: 1,200 mg a pack, 3,600 mg a day, 9,000 mg in 30 days. */
    private static String limitedProduct(String name, String group) {
        String product = pharmacy.product(category, name, 899, false);
        pharmacy.receive(product, "PSE-" + Math.abs(name.hashCode()), 400, 100);
        Response created = pharmacy.post(
                "/api/v1/admin/purchase-limits",
                pharmacy.admin().accessToken(),
                Map.of(
                        "name",
                        group,
                        "unit",
                        "mg pseudoephedrine base",
                        "rules",
                        List.of(Map.of("most", 3600, "window", "P1D"), Map.of("most", 9000, "window", "P30D")),
                        "products",
                        List.of(Map.of("productId", product, "amountPerUnit", 1200))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().path("rules").get(1).path("window").asText()).isEqualTo("PT720H");
        return product;
    }

    private static String placed(Account customer, String product, int quantity) {
        pharmacy.addToCart(customer, product, quantity);
        Response placed = pharmacy.checkout(customer);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.text("id");
    }
}
