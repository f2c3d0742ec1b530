package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.bootstrap.WebhookReceiver.Delivery;
import io.apotheca.testsupport.PostgresExtension;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks end to end on PostgreSQL, to a real HTTP receiver: signed deliveries of the types asked
 * for and no others, in order, logged and redelivered; a receiver failing twice takes the third try;
 * one that never answers is retried on schedule, then disabled with its administrator told; private
 * addresses are refused where they are not allowed; and two instances deliver each event once.
 */
class WebhooksApiIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @TempDir
    static Path dataDir;

    @TempDir
    static Path otherDataDir;

    private static final String ENDPOINTS = "/api/v1/admin/webhook-endpoints";
    private static final MovableClock clock = new MovableClock();
    /** Both instances sign tokens with one key, as a deployment behind a load balancer does. */
    private static final Map<String, String> ENV = Map.of(
            "APOTHECA_WEBHOOKS_ALLOW_PRIVATE_NETWORKS", "true",
            "APOTHECA_WEBHOOK_TIMEOUT", "PT2S",
            "APOTHECA_JWT_SECRET", "webhooks-it-signing-key-of-at-least-32-bytes");

    private static TestPharmacy pharmacy;
    private static WebhookReceiver receiver;
    private static String admin;
    private static String product;

    @BeforeAll
    static void start() {
        pharmacy = TestPharmacy.start(postgres.database(), dataDir, ENV, clock);
        receiver = new WebhookReceiver(clock);
        admin = pharmacy.admin().accessToken();
        product = pharmacy.product(pharmacy.category("hooks"), "Ibuprofen 200 mg", 350, false);
        pharmacy.receive(product, "HOOK-1", 400, 500);
    }

    @AfterAll
    static void stop() {
        receiver.close();
        pharmacy.close();
    }

    @Test
    void deliveries_are_signed_in_order_only_of_the_types_asked_for_logged_and_redelivered_on_request() {
        Response orders = register(receiver.url("/orders"), "order.placed", "order.cancelled");
        assertThat(orders.status()).as(orders.body().toString()).isEqualTo(201);
        String secret = orders.text("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(pharmacy.get(ENDPOINTS + "/" + orders.text("id"), admin)
                        .body()
                        .has("secret"))
                .as("a secret is shown once")
                .isFalse();
        Response accounts = register(receiver.url("/accounts"), "account.registered");

        Account customer = pharmacy.customer();
        String order = orderOf(customer);
        pharmacy.post("/api/v1/orders/" + order + "/cancel", customer.accessToken(), null);

        List<Delivery> delivered = awaitDeliveries("/orders", order, 2);
        assertThat(delivered).extracting(Delivery::type).containsExactly("order.placed", "order.cancelled");
        for (Delivery delivery : delivered) {
            assertThat(delivery.verifies(secret)).isTrue();
            assertThat(delivery.verifies("whsec_not-the-secret")).isFalse();
            assertThat(delivery.eventId()).isEqualTo(delivery.json().path("id").asText());
            AsyncApiCheck.ofEvents().assertValid(delivery.json());
        }
        List<Delivery> accountEvents = awaitDeliveries("/accounts", customer.id(), 1);
        assertThat(accountEvents).extracting(Delivery::type).containsOnly("account.registered");
        assertThat(receiver.at("/orders")).extracting(Delivery::type).doesNotContain("account.registered");
        assertThat(receiver.at("/accounts")).extracting(Delivery::type).containsOnly("account.registered");

        JsonNode log = log(orders.text("id"));
        assertThat(log).hasSize(2);
        assertThat(log.get(0).path("eventType").asText()).isEqualTo("order.cancelled");
        assertThat(log.findValuesAsText("status")).containsOnly("DELIVERED");
        assertThat(log.get(1).path("attempts").asInt()).isEqualTo(1);
        assertThat(log.get(1).path("lastResponseStatus").asInt()).isEqualTo(204);

        long placed = log.get(1).path("id").asLong();
        Response again = pharmacy.post(
                ENDPOINTS + "/" + orders.text("id") + "/deliveries/" + placed + "/redeliver", admin, null);
        assertThat(again.status()).as(again.body().toString()).isEqualTo(202);
        List<Delivery> redelivered = awaitDeliveries("/orders", order, 3);
        assertThat(redelivered.get(2).eventId()).isEqualTo(delivered.get(0).eventId());
        assertThat(accounts.status()).isEqualTo(201);
    }

    @Test
    void a_rolled_secret_and_the_one_it_replaces_both_sign_until_the_overlap_ends() {
        Response endpoint = register(receiver.url("/rolled"), "order.placed");
        String old = endpoint.text("secret");
        Response rolled = pharmacy.post(
                ENDPOINTS + "/" + endpoint.text("id") + "/secret-rolls", admin, Map.of("overlapSeconds", 3600));
        assertThat(rolled.status()).as(rolled.body().toString()).isEqualTo(201);
        String current = rolled.text("secret");
        assertThat(current).isNotEqualTo(old);
        assertThat(rolled.text("previousSecretExpiresAt")).isNotBlank();

        String order = orderOf(pharmacy.customer());

        Delivery delivery = awaitDeliveries("/rolled", order, 1).get(0);
        assertThat(delivery.verifies(current)).isTrue();
        assertThat(delivery.verifies(old)).isTrue();
    }

    @Test
    void a_receiver_that_answers_500_twice_gets_the_event_on_the_third_try() {
        receiver.failFirst("/flaky", 2);
        String endpoint = register(receiver.url("/flaky"), "order.placed").text("id");

        String order = orderOf(pharmacy.customer());

        JsonNode first = awaitLog(endpoint, d -> d.path("attempts").asInt() == 1);
        assertThat(first.path("status").asText()).isEqualTo("PENDING");
        assertThat(first.path("lastResponseStatus").asInt()).isEqualTo(500);
        assertThat(waitBeforeNext(first)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(31));
        JsonNode second = awaitLog(endpoint, d -> d.path("attempts").asInt() == 2);
        assertThat(waitBeforeNext(second)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(61));
        JsonNode third = awaitLog(endpoint, d -> d.path("status").asText().equals("DELIVERED"));

        assertThat(third.path("attempts").asInt()).isEqualTo(3);
        List<Delivery> tries = awaitDeliveries("/flaky", order, 3);
        assertThat(tries).extracting(Delivery::status).containsExactly(500, 500, 204);
        assertThat(tries)
                .extracting(Delivery::eventId)
                .containsOnly(tries.get(0).eventId());
    }

    @Test
    void a_receiver_that_never_answers_is_retried_on_schedule_then_disabled_and_its_administrator_told()
            throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String endpoint = register("http://127.0.0.1:" + silent.getLocalPort() + "/never", "order.placed")
                    .text("id");

            orderOf(pharmacy.customer());

            JsonNode first = awaitLog(endpoint, d -> d.path("attempts").asInt() == 1);
            assertThat(first.path("lastError").asText()).isEqualTo("timed out");
            assertThat(waitBeforeNext(first)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
            clock.advance(Duration.ofSeconds(31));
            JsonNode second = awaitLog(endpoint, d -> d.path("attempts").asInt() == 2);
            assertThat(waitBeforeNext(second)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60));
            // three days on, the next failure is the last
            clock.advance(Duration.ofDays(3));
            admin = pharmacy.admin().accessToken(); // the old token expired meanwhile
            JsonNode last = awaitLog(endpoint, d -> d.path("status").asText().equals("GIVEN_UP"));

            assertThat(last.path("attempts").asInt()).isEqualTo(3);
            JsonNode disabled = pharmacy.get(ENDPOINTS + "/" + endpoint, admin).body();
            assertThat(disabled.path("active").asBoolean()).isFalse();
            assertThat(disabled.path("disabledReason").asText()).isEqualTo("deliveries_failing");
            String adminId = pharmacy.admin().id();
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> pharmacy.scalar("SELECT count(*) FROM mail_queue WHERE kind ="
                                    + " 'WEBHOOK_ENDPOINT_DISABLED' AND recipient_id = '" + adminId + "'")
                            == 1);
            assertThat(pharmacy.scalar("SELECT count(*) FROM audit_log WHERE action = 'webhook_endpoint.disabled'"
                            + " AND target_id = '" + endpoint + "'"))
                    .isEqualTo(1);

            Response on = pharmacy.patch(ENDPOINTS + "/" + endpoint, admin, Map.of("active", true));
            assertThat(on.body().path("active").asBoolean()).isTrue();
            assertThat(on.body().path("disabledReason").isNull()).isTrue();
            assertThat(pharmacy.send("DELETE", ENDPOINTS + "/" + endpoint, admin, null)
                            .status())
                    .isEqualTo(204);
        }
    }

    @Test
    void an_endpoint_turned_off_keeps_what_waits_refuses_redelivery_and_sends_it_when_turned_on_again() {
        receiver.failFirst("/paused", 1);
        String endpoint = register(receiver.url("/paused"), "order.placed").text("id");
        String order = orderOf(pharmacy.customer());
        JsonNode failed = awaitLog(endpoint, d -> d.path("attempts").asInt() == 1);

        Response off = pharmacy.patch(ENDPOINTS + "/" + endpoint, admin, Map.of("active", false));
        assertThat(off.body().path("active").asBoolean()).isFalse();
        Response refused = pharmacy.post(
                ENDPOINTS + "/" + endpoint + "/deliveries/" + failed.path("id").asLong() + "/redeliver", admin, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("invalid_transition");
        clock.advance(Duration.ofSeconds(31));
        sleep(Duration.ofSeconds(3));
        assertThat(receiver.at("/paused"))
                .as("an endpoint that is off is sent nothing")
                .hasSize(1);

        pharmacy.patch(ENDPOINTS + "/" + endpoint, admin, Map.of("active", true));

        assertThat(awaitDeliveries("/paused", order, 2).get(1).status()).isEqualTo(204);
        assertThat(awaitLog(endpoint, d -> d.path("status").asText().equals("DELIVERED"))
                        .path("attempts")
                        .asInt())
                .as("turned on again, the delivery starts afresh")
                .isEqualTo(1);
    }

    @Test
    void a_delivery_queued_for_a_type_the_endpoint_stopped_asking_for_is_skipped_not_sent() {
        receiver.failFirst("/narrowed", 1);
        String endpoint = register(receiver.url("/narrowed"), "order.placed", "order.cancelled")
                .text("id");
        Account customer = pharmacy.customer();
        String order = orderOf(customer);
        awaitLog(endpoint, d -> d.path("attempts").asInt() == 1); // order.placed waits for its retry
        pharmacy.post("/api/v1/orders/" + order + "/cancel", customer.accessToken(), null);
        await().atMost(Duration.ofSeconds(20)).until(() -> log(endpoint).size() == 2);

        pharmacy.patch(ENDPOINTS + "/" + endpoint, admin, Map.of("eventTypes", List.of("order.placed")));
        clock.advance(Duration.ofSeconds(31));

        JsonNode cancelled = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> log(endpoint).get(0),
                        d -> d.path("status").asText().equals("SKIPPED"));
        assertThat(cancelled.path("eventType").asText()).isEqualTo("order.cancelled");
        assertThat(awaitDeliveries("/narrowed", order, 2))
                .extracting(Delivery::type)
                .containsOnly("order.placed");
        sleep(Duration.ofSeconds(2));
        assertThat(receiver.at("/narrowed")).extracting(Delivery::type).doesNotContain("order.cancelled");
    }

    @Test
    void urls_on_private_loopback_or_link_local_addresses_are_refused_where_not_allowed() {
        Map<String, String> guarded = new HashMap<>(ENV);
        guarded.remove("APOTHECA_WEBHOOKS_ALLOW_PRIVATE_NETWORKS");
        try (TestPharmacy strict = TestPharmacy.start(postgres.database(), otherDataDir, guarded, clock)) {
            String token = strict.admin().accessToken();
            long before = pharmacy.scalar("SELECT count(*) FROM webhook_endpoints");
            for (String url : List.of(
                    "https://127.0.0.1/hook",
                    "https://10.0.0.5/hook",
                    "https://169.254.169.254/latest/meta-data",
                    "https://[::1]/hook",
                    "https://localhost:8443/hook",
                    "http://93.184.216.34/hook")) {
                Response refused =
                        strict.post(ENDPOINTS, token, Map.of("url", url, "eventTypes", List.of("order.placed")));
                assertThat(refused.status()).as(url).isEqualTo(400);
                assertThat(refused.code()).isEqualTo("validation_failed");
                assertThat(refused.body().toString()).contains("\"url\"");
            }
            Response unknownType = strict.post(
                    ENDPOINTS,
                    token,
                    Map.of("url", "https://93.184.216.34/hook", "eventTypes", List.of("order.eaten")));
            assertThat(unknownType.status()).isEqualTo(400);
            assertThat(unknownType.body().toString()).contains("eventTypes");
            Response customer = strict.post(
                    ENDPOINTS,
                    strict.customer().accessToken(),
                    Map.of("url", "https://93.184.216.34/hook", "eventTypes", List.of("order.placed")));
            assertThat(customer.status()).isEqualTo(403);
            assertThat(pharmacy.scalar("SELECT count(*) FROM webhook_endpoints"))
                    .isEqualTo(before);
        }
    }

    @Test
    void two_instances_deliver_each_event_once_per_endpoint() {
        Path second = otherDataDir.resolve("second");
        try (TestPharmacy other = TestPharmacy.start(postgres.database(), second, ENV, clock)) {
            String endpoint = register(receiver.url("/twice"), "order.placed", "order.cancelled")
                    .text("id");
            List<String> orders = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                TestPharmacy instance = i % 2 == 0 ? pharmacy : other;
                Account customer = instance.customer();
                instance.addToCart(customer, product, 1);
                String order = instance.checkout(customer).text("id");
                instance.post("/api/v1/orders/" + order + "/cancel", customer.accessToken(), null);
                orders.add(order);
            }

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> ofOrders("/twice", orders).size() >= 12);
            // two more rounds of every job on both instances: nothing comes twice
            sleep(Duration.ofSeconds(3));
            List<Delivery> received = ofOrders("/twice", orders);
            Map<String, Long> perEvent =
                    received.stream().collect(Collectors.groupingBy(Delivery::eventId, Collectors.counting()));
            assertThat(perEvent).hasSize(12);
            assertThat(perEvent.values()).containsOnly(1L);
            assertThat(log(endpoint)).hasSize(12);
        }
    }

    private static Response register(String url, String... types) {
        return pharmacy.post(ENDPOINTS, admin, Map.of("url", url, "eventTypes", List.of(types)));
    }

    private static String orderOf(Account customer) {
        pharmacy.addToCart(customer, product, 1);
        Response order = pharmacy.checkout(customer);
        assertThat(order.status()).as(order.body().toString()).isEqualTo(201);
        return order.text("id");
    }

    private static JsonNode log(String endpoint) {
        Response log = pharmacy.get(ENDPOINTS + "/" + endpoint + "/deliveries", admin);
        assertThat(log.status()).as(log.body().toString()).isEqualTo(200);
        return log.body().path("items");
    }

    /** The endpoint's only delivery, once it matches. */
    private static JsonNode awaitLog(String endpoint, Predicate<JsonNode> until) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> log(endpoint).get(0), d -> d != null && until.test(d));
    }

    private static Duration waitBeforeNext(JsonNode delivery) {
        return Duration.between(
                Instant.parse(delivery.path("lastAttemptAt").asText()),
                Instant.parse(delivery.path("nextAttemptAt").asText()));
    }

    /** What the path received about one record, once there are at least {@code count}. */
    private static List<Delivery> awaitDeliveries(String path, String aggregateId, int count) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> receiver.at(path).stream()
                                .filter(d -> d.json()
                                        .path("aggregate")
                                        .path("id")
                                        .asText()
                                        .equals(aggregateId))
                                .toList(),
                        list -> list.size() >= count);
    }

    private static List<Delivery> ofOrders(String path, List<String> orders) {
        return receiver.at(path).stream()
                .filter(d ->
                        orders.contains(d.json().path("aggregate").path("id").asText()))
                .toList();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
