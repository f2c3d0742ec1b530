package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.apotheca.bootstrap.TestPharmacy.Account;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database, each keeping sessions and reference data in memory: a change made
 * through one is in force on the other within a second. Each test first makes the other instance
 * keep what is about to change (a request that reads it), so that a broadcast that did not arrive
 * would leave the old answer in place for minutes.
 */
abstract class ChangePropagationContract {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    /** The instance the change is made through. */
    abstract TestPharmacy first();

    /** The instance that must see it. */
    abstract TestPharmacy second();

    @Test
    void a_logout_on_one_instance_ends_the_session_on_the_other_within_a_second() {
        Account customer = first().customer();
        assertThat(second().get("/api/v1/cart", customer.accessToken()).status())
                .isEqualTo(200);

        assertThat(first().post("/api/v1/auth/logout", customer.accessToken(), Map.of())
                        .status())
                .isEqualTo(204);

        await().atMost(WITHIN)
                .pollInterval(Duration.ofMillis(50))
                .until(() ->
                        second().get("/api/v1/cart", customer.accessToken()).status() == 401);
    }

    @Test
    void a_suspended_pharmacist_is_refused_on_the_other_instance_within_a_second() {
        Account pharmacist = first().pharmacist(true);
        assertThat(second().get("/api/v1/prescriptions", pharmacist.accessToken())
                        .status())
                .isEqualTo(200);

        assertThat(first().patch(
                                "/api/v1/pharmacists/" + pharmacist.id() + "/suspend",
                                first().admin().accessToken(),
                                Map.of("reason", "licence lapsed"))
                        .status())
                .isEqualTo(200);

        await().atMost(WITHIN)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> second().get("/api/v1/prescriptions", pharmacist.accessToken())
                                .status()
                        == 403);
    }

    @Test
    void an_account_deleted_on_one_instance_is_refused_on_the_other_within_a_second() {
        Account customer = first().customer();
        assertThat(second().get("/api/v1/cart", customer.accessToken()).status())
                .isEqualTo(200);

        assertThat(first().send(
                                "DELETE",
                                "/api/v1/users/" + customer.id(),
                                first().admin().accessToken(),
                                Map.of("reason", "patient asked by letter"))
                        .status())
                .isEqualTo(204);

        await().atMost(WITHIN)
                .pollInterval(Duration.ofMillis(50))
                .until(() ->
                        second().get("/api/v1/cart", customer.accessToken()).status() == 401);
    }

    @Test
    void a_tax_rate_changed_on_one_instance_prices_carts_on_the_other_within_a_second() {
        Account admin = first().admin();
        assertThat(first().send("PUT", "/api/v1/admin/tax-rates", admin.accessToken(), Map.of("rates", Map.of()))
                        .status())
                .isEqualTo(200);
        String category = first().category("propagation-" + System.nanoTime());
        String product = first().product(category, "Plasters", 1000, false);
        Account customer = first().customer();
        first().addToCart(customer, product, 1);
        assertThat(second().get("/api/v1/cart", customer.accessToken())
                        .body()
                        .path("tax")
                        .path("amount")
                        .asLong())
                .isZero();

        assertThat(first().send(
                                "PUT",
                                "/api/v1/admin/tax-rates",
                                admin.accessToken(),
                                Map.of("rates", Map.of("STANDARD", 20)))
                        .status())
                .isEqualTo(200);

        await().atMost(WITHIN)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> second().get("/api/v1/cart", customer.accessToken())
                                .body()
                                .path("tax")
                                .path("amount")
                                .asLong()
                        > 0);
    }
}
