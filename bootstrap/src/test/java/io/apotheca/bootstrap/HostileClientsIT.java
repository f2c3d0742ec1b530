package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.auth0.jwt.JWT;
import io.apotheca.application.shared.Principal;
import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import io.apotheca.http.security.SecurityAdapters;
import io.apotheca.stripe.fake.FakeStripeServer;
import io.apotheca.stripe.fake.StripeSignatures;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.RedisExtension;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

/**
 * What a hostile client found, from outside and on the real servers (PostgreSQL, Redis, the fake
 * Stripe): each test here failed before its fix. Part of the hostile-request suite with {@link
 * HostileRequestsIT} (the fuzz pass) and {@link SlowBodiesIT} (bodies that trickle in).
 */
class HostileClientsIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();

    @TempDir
    static Path dataDir;

    @TempDir
    static Path otherDataDir;

    private static final String SIGNING_KEY = "hostile-clients-signing-key-of-at-least-32-bytes";

    private static TestPharmacy pharmacy;
    private static String category;

    @BeforeAll
    static void start() {
        pharmacy = TestPharmacy.start(postgres.database(), dataDir, env(true));
        category = pharmacy.category("hostile");
    }

    @AfterAll
    static void stop() {
        pharmacy.close();
    }

    /** Carts in Redis or in PostgreSQL; X-Forwarded-For believed from the test; a known signing key. */
    private static Map<String, String> env(boolean withRedis) {
        Map<String, String> env =
                new HashMap<>(Map.of("APOTHECA_TRUSTED_PROXIES", "127.0.0.1", "APOTHECA_JWT_SECRET", SIGNING_KEY));
        if (withRedis) {
            env.put("REDIS_URL", redis.redis().url());
            env.put("APOTHECA_REDIS_KEY_PREFIX", redis.redis().keyPrefix());
        }
        return env;
    }

    // 1. one cart, two orders

    @Test
    void six_simultaneous_checkouts_of_one_cart_with_redis_give_one_order_and_hold_its_units_once() throws Exception {
        oneCartGivesOneOrder(pharmacy);
    }

    @Test
    void six_simultaneous_checkouts_of_one_cart_in_postgresql_give_one_order_and_hold_its_units_once()
            throws Exception {
        try (TestPharmacy inPostgres = TestPharmacy.start(postgres.database(), otherDataDir, env(false))) {
            oneCartGivesOneOrder(inPostgres);
        }
    }

    private static void oneCartGivesOneOrder(TestPharmacy pharmacy) throws Exception {
        String product = pharmacy.product(pharmacy.category("race-" + UUID.randomUUID()), "Cetirizine", 450, false);
        pharmacy.receive(product, "RACE-1", 400, 1_000);
        ExecutorService buyers = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 3; round++) {
                Account customer = pharmacy.customer();
                pharmacy.addToCart(customer, product, 3);
                int before = pharmacy.available(product);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Response>> answers = new ArrayList<>();
                for (int buyer = 0; buyer < 6; buyer++) {
                    boolean keyed = buyer % 2 == 0;
                    answers.add(buyers.submit(() -> {
                        go.await();
                        return keyed
                                ? pharmacy.sendWithHeaders(
                                        "POST",
                                        "/api/v1/orders",
                                        TestPharmacy.CHECKOUT,
                                        "Authorization",
                                        "Bearer " + customer.accessToken(),
                                        "Idempotency-Key",
                                        UUID.randomUUID().toString())
                                : pharmacy.checkout(customer);
                    }));
                }
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Response> answer : answers) {
                    Response response = answer.get();
                    statuses.add(response.status());
                    if (response.status() != 201) {
                        assertThat(response.code()).as(response.toString()).isEqualTo("cart_empty");
                    }
                }

                assertThat(statuses)
                        .as("round %d", round)
                        .filteredOn(s -> s == 201)
                        .hasSize(1);
                assertThat(statuses).filteredOn(s -> s == 422).hasSize(5);
                assertThat(pharmacy.scalar("SELECT count(*) FROM orders WHERE customer_id = '" + customer.id() + "'"))
                        .isEqualTo(1);
                assertThat(pharmacy.available(product)).isEqualTo(before - 3);
                assertThat(pharmacy.get("/api/v1/cart", customer.accessToken())
                                .body()
                                .path("items"))
                        .isEmpty();
            }
        } finally {
            buyers.shutdownNow();
        }
    }

    // 3. the webhook

    @Test
    void a_signature_header_that_cannot_be_read_is_400_invalid_signature_never_500() {
        String event = pharmacy.stripe.succeed(cardOrderIntent(pharmacy.customer()));

        for (String header : List.of("t=abc,v1=zz", "t=,v1=zz", "t=1.5,v1=zz", "t=12345678901234567890,v1=zz")) {
            Response answer = pharmacy.webhook(event, header);

            assertThat(answer.status()).as(header).isEqualTo(400);
            assertThat(answer.code()).isEqualTo("invalid_signature");
        }
    }

    @Test
    void an_event_signed_ten_minutes_ahead_or_of_live_mode_is_refused_and_pays_nothing() {
        Account customer = pharmacy.customer();
        String order = orderOf(customer);
        String intent = payByCard(customer, order);
        String event = pharmacy.stripe.succeed(intent);
        long now = System.currentTimeMillis() / 1000;
        String live = event.replace("\"livemode\":false", "\"livemode\":true");

        Response ahead =
                pharmacy.webhook(event, StripeSignatures.header(event, FakeStripeServer.WEBHOOK_SECRET, now + 600));
        Response liveMode = pharmacy.webhook(live);

        assertThat(List.of(ahead, liveMode)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.code()).isEqualTo("invalid_signature");
        });
        assertThat(statusOf(customer, order)).isEqualTo("AWAITING_PAYMENT");
    }

    @Test
    void a_success_whose_payment_says_it_still_needs_a_card_pays_nothing() {
        Account customer = pharmacy.customer();
        String order = orderOf(customer);
        String intent = payByCard(customer, order);
        String lie = pharmacy.stripe
                .succeed(intent)
                .replace("\"status\":\"succeeded\"", "\"status\":\"requires_payment_method\"");

        Response delivered = pharmacy.webhook(lie);

        assertThat(lie).contains("requires_payment_method");
        assertThat(delivered.status()).isEqualTo(200);
        assertThat(statusOf(customer, order)).isEqualTo("AWAITING_PAYMENT");
        pharmacy.webhook(pharmacy.stripe.succeed(intent));
        assertThat(statusOf(customer, order)).isEqualTo("PAID");
    }

    // 4. big carts

    @Test
    void the_hundred_and_first_product_is_422_cart_full_and_the_cart_in_redis_stays_whole() {
        Account customer = pharmacy.customer();
        String admin = pharmacy.admin().accessToken();
        List<String> products = new ArrayList<>();
        for (int n = 0; n <= 100; n++) {
            products.add(newProduct(admin, "Lozenge " + n, 100));
        }
        for (String product : products.subList(0, 100)) {
            pharmacy.addToCart(customer, product, 1);
        }

        Response refused = pharmacy.send(
                "PUT", "/api/v1/cart/items/" + products.get(100), customer.accessToken(), Map.of("quantity", 1));
        Response changed = pharmacy.send(
                "PUT", "/api/v1/cart/items/" + products.get(0), customer.accessToken(), Map.of("quantity", 5));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("cart_full");
        assertThat(changed.status()).isEqualTo(200);
        Response cart = pharmacy.get("/api/v1/cart", customer.accessToken());
        assertThat(cart.body().path("items").findValuesAsText("productId"))
                .containsExactlyElementsOf(products.subList(0, 100));
    }

    // 5. money and quantity

    @Test
    void a_price_above_the_ceiling_or_in_a_currency_the_shop_does_not_sell_is_422_and_creates_nothing() {
        String admin = pharmacy.admin().accessToken();
        long productsBefore = pharmacy.scalar("SELECT count(*) FROM products");

        Response dear = createProduct(admin, Long.MAX_VALUE, "USD");
        Response euro = createProduct(admin, 450, "EUR");
        Response none = createProduct(admin, 450, "XXX");
        String cheap = newProduct(admin, "Plasters", 450);
        Response raised = pharmacy.patch(
                "/api/v1/products/" + cheap, admin, Map.of("price", Map.of("amount", 100_000_001L, "currency", "USD")));
        Response shipping = pharmacy.post(
                "/api/v1/shipping-options",
                admin,
                Map.of("name", "Gold", "price", Map.of("amount", Long.MAX_VALUE, "currency", "USD"), "active", false));

        assertThat(List.of(dear, raised, shipping)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.code()).isEqualTo("price_too_high");
        });
        assertThat(List.of(euro, none)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.code()).isEqualTo("currency_not_sold");
        });
        assertThat(pharmacy.scalar("SELECT count(*) FROM products")).isEqualTo(productsBefore + 1);
        assertThat(pharmacy.get("/api/v1/products/" + cheap, null)
                        .body()
                        .path("price")
                        .path("amount")
                        .asLong())
                .isEqualTo(450);
    }

    @Test
    void stock_beyond_the_ceiling_is_422_and_the_product_stays_sellable() {
        String admin = pharmacy.admin().accessToken();
        String product = newProduct(admin, "Saline", 300);
        String lot = pharmacy.receive(product, "BIG-1", 400, 9_000_000).text("id");

        Response huge = receive(admin, product, "BIG-2", Integer.MAX_VALUE);
        Response over = receive(admin, product, "BIG-3", 1_000_001);
        Response adjusted = pharmacy.post(
                "/api/v1/inventory/batches/" + lot + "/adjustments",
                admin,
                Map.of("delta", Integer.MAX_VALUE, "reason", "typo"));

        assertThat(List.of(huge, over, adjusted)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.code()).isEqualTo("stock_limit_exceeded");
        });
        assertThat(pharmacy.available(product)).isEqualTo(9_000_000);
        Account customer = pharmacy.customer();
        pharmacy.addToCart(customer, product, 2);
        assertThat(pharmacy.checkout(customer).status()).isEqualTo(201);
    }

    // 6. headers

    @Test
    void every_answer_is_nosniff_and_answers_with_tokens_or_personal_data_are_no_store() {
        Account customer = pharmacy.customer();
        String order = orderOf(customer);
        Response login = pharmacy.post(
                "/api/v1/auth/login", null, Map.of("email", customer.email(), "password", TestPharmacy.PASSWORD));
        List<Response> answers = List.of(
                login,
                pharmacy.post("/api/v1/auth/refresh", null, Map.of("refreshToken", login.text("refreshToken"))),
                pharmacy.get("/api/v1/users/me", customer.accessToken()),
                pharmacy.get("/api/v1/orders", customer.accessToken()),
                pharmacy.get("/api/v1/orders/" + order, customer.accessToken()),
                pharmacy.get("/api/v1/cart", customer.accessToken()),
                pharmacy.get("/api/v1/prescriptions", customer.accessToken()),
                pharmacy.get("/api/v1/orders/" + UUID.randomUUID(), customer.accessToken()),
                pharmacy.post("/api/v1/auth/login", null, "{"),
                pharmacy.get("/api/v1/no-such-route", null));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        });
        assertThat(answers.get(7).status()).isEqualTo(404);
    }

    // 7. login throttled per account

    @Test
    void strangers_guessing_one_account_from_six_addresses_are_throttled_but_its_owner_still_signs_in() {
        Account owner = pharmacy.customer();
        String home = "198.51.100.7";
        assertThat(loginFrom(home, owner.email(), TestPharmacy.PASSWORD).status())
                .isEqualTo(200);

        List<Integer> guesses = new ArrayList<>();
        for (int address = 1; address <= 6; address++) {
            for (int attempt = 0; attempt < 5; attempt++) {
                guesses.add(loginFrom("203.0.113." + address, owner.email(), "wrong password " + attempt)
                        .status());
            }
        }
        Response stranger = loginFrom("192.0.2.99", owner.email(), TestPharmacy.PASSWORD);
        Response atHome = loginFrom(home, owner.email(), TestPharmacy.PASSWORD);
        Response homeNetwork = loginFrom("198.51.100.201", owner.email(), TestPharmacy.PASSWORD);

        assertThat(guesses).filteredOn(s -> s == 401).hasSizeLessThanOrEqualTo(10);
        assertThat(guesses).filteredOn(s -> s == 429).hasSizeGreaterThanOrEqualTo(20);
        assertThat(stranger.status()).isEqualTo(429);
        assertThat(stranger.headers().firstValue("Retry-After")).isPresent();
        assertThat(atHome.status()).isEqualTo(200);
        assertThat(homeNetwork.status()).as("another address of the same /24").isEqualTo(200);
    }

    @Test
    void the_owners_own_sign_ins_never_spend_the_accounts_attempts_even_from_new_networks() {
        Account owner = pharmacy.customer();

        List<Integer> signIns = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            signIns.add(loginFrom("198.18." + i + ".7", owner.email(), TestPharmacy.PASSWORD)
                    .status());
        }

        assertThat(signIns).containsOnly(200);
    }

    // 8. duplicate keys

    @Test
    void a_field_named_twice_is_400_malformed_json_on_every_route_and_changes_nothing() {
        Account customer = pharmacy.customer();
        String admin = pharmacy.admin().accessToken();
        String product = newProduct(admin, "Zinc", 500);
        String email = TestPharmacy.uniqueEmail("twice");
        List<Response> answers = List.of(
                pharmacy.post(
                        "/api/v1/auth/login",
                        null,
                        "{\"email\":\"" + customer.email() + "\",\"password\":\"x\",\"password\":\""
                                + TestPharmacy.PASSWORD + "\"}"),
                pharmacy.post(
                        "/api/v1/auth/register",
                        null,
                        "{\"email\":\"" + email + "\",\"password\":\"" + TestPharmacy.PASSWORD
                                + "\",\"fullName\":\"A\",\"fullName\":\"B\"}"),
                pharmacy.patch(
                        "/api/v1/users/me", customer.accessToken(), "{\"fullName\":\"Ada\",\"fullName\":\"Eve\"}"),
                pharmacy.patch("/api/v1/products/" + product, admin, "{\"name\":\"Zinc 2\",\"name\":\"Zinc 3\"}"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.code()).isEqualTo("malformed_json");
        });
        assertThat(pharmacy.scalar("SELECT count(*) FROM users WHERE email = '" + email + "'"))
                .isZero();
        assertThat(pharmacy.get("/api/v1/users/me", customer.accessToken()).text("fullName"))
                .isEqualTo("Ada Customer");
        assertThat(pharmacy.get("/api/v1/products/" + product, null).text("name"))
                .isEqualTo("Zinc");
    }

    // 9. weak passwords

    @Test
    void a_breached_or_repetitive_password_is_refused_at_registration_and_at_a_change() {
        Account customer = pharmacy.customer();
        for (String weak : List.of("aaaaaaaaaaaa", "password1234", "qwertyuiop12", "Sunshine2024!")) {
            Response registered = pharmacy.post(
                    "/api/v1/auth/register",
                    null,
                    Map.of("email", TestPharmacy.uniqueEmail("weak"), "password", weak, "fullName", "Weak"));
            Response changed = pharmacy.patch(
                    "/api/v1/users/me",
                    customer.accessToken(),
                    Map.of("currentPassword", TestPharmacy.PASSWORD, "newPassword", weak));

            assertThat(List.of(registered, changed)).allSatisfy(answer -> {
                assertThat(answer.status()).as(weak).isEqualTo(400);
                assertThat(answer.code()).isEqualTo("validation_failed");
            });
        }
        assertThat(pharmacy.login(customer.email())).isNotNull();
    }

    // 10. a client that hangs up

    @Test
    void a_client_hanging_up_mid_body_is_counted_as_a_client_abort_not_a_server_error() throws Exception {
        String route = "/api/v1/auth/register";
        for (int i = 0; i < 3; i++) {
            try (Socket socket = new Socket("127.0.0.1", pharmacy.app.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + route + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 200\r\n\r\n{\"email\":\"half")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(200);
            }
        }

        String metrics = awaitMetricsLine(route, "499");
        assertThat(metrics).as("no 500 counted for the route").doesNotContain("route=\"" + route + "\",status=\"500\"");
    }

    @Test
    void a_refusal_given_before_the_body_was_read_still_reaches_the_client() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String body = "{\"refreshToken\":\"" + "x".repeat(100_000) + "\"}";
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            java.net.http.HttpRequest logout = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + pharmacy.app.port() + "/api/v1/auth/logout"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer not.a.jwt")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .build();
            try {
                answers.add(Integer.toString(http.send(logout, java.net.http.HttpResponse.BodyHandlers.ofString())
                        .statusCode()));
            } catch (java.io.IOException reset) {
                answers.add(reset.getMessage());
            }
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo("401"));
    }

    // 11. the role comes from the live session

    @Test
    void a_token_claiming_another_role_than_the_account_has_grants_nothing() {
        Account customer = pharmacy.customer();
        String session = JWT.decode(customer.accessToken()).getClaim("sid").asString();
        String forged = SecurityAdapters.jwt(
                        SIGNING_KEY.getBytes(StandardCharsets.UTF_8), Clock.systemUTC(), UUID::randomUUID)
                .issue(new Principal(new UserId(UUID.fromString(customer.id())), Role.ADMIN, UUID.fromString(session)))
                .token();

        Response audit = pharmacy.get("/api/v1/admin/audit-log", forged);

        assertThat(pharmacy.get("/api/v1/users/me", forged).status()).isEqualTo(200);
        assertThat(audit.status()).isEqualTo(403);
    }

    @Test
    void an_administrator_demoted_in_the_database_loses_the_role_once_the_pharmacy_is_told() {
        Account admin = pharmacy.admin();
        assertThat(pharmacy.get("/api/v1/admin/audit-log", admin.accessToken()).status())
                .isEqualTo(200);
        Account other = pharmacy.customer();
        // changed by hand, behind the pharmacy's back: the operator announces it as the pharmacy would
        pharmacy.execute("UPDATE users SET role = 'ADMIN' WHERE id = '" + other.id() + "'");
        announceAccountChange(other);
        await().atMost(Duration.ofSeconds(1))
                .until(() -> pharmacy.get("/api/v1/admin/audit-log", other.accessToken())
                                .status()
                        == 200);

        pharmacy.execute("UPDATE users SET role = 'CUSTOMER' WHERE id = '" + other.id() + "'");
        announceAccountChange(other);

        await().atMost(Duration.ofSeconds(1))
                .until(() -> pharmacy.get("/api/v1/admin/audit-log", other.accessToken())
                                .status()
                        == 403);
    }

    /** What docs/operations.md tells an operator to send after changing an account by hand. */
    private static void announceAccountChange(Account account) {
        try (Jedis raw = new Jedis(URI.create(redis.redis().url()))) {
            raw.publish(redis.redis().keyPrefix() + "changes", "ACCOUNT:" + account.id());
        }
    }

    // helpers

    private static Response loginFrom(String address, String email, String password) {
        return pharmacy.sendWithHeaders(
                "POST", "/api/v1/auth/login", Map.of("email", email, "password", password), "X-Forwarded-For", address);
    }

    private static String orderOf(Account customer) {
        return pharmacy.orderOf(customer, newProduct(pharmacy.admin().accessToken(), "Paracetamol", 2500), 1);
    }

    private static String payByCard(Account customer, String order) {
        Response intent = pharmacy.payByCard(customer, order);
        assertThat(intent.status()).as(intent.toString()).isEqualTo(200);
        return intent.text("providerPaymentId");
    }

    private static String cardOrderIntent(Account customer) {
        return payByCard(customer, orderOf(customer));
    }

    private static String statusOf(Account customer, String order) {
        return pharmacy.get("/api/v1/orders/" + order, customer.accessToken()).text("status");
    }

    private static Response createProduct(String admin, long price, String currency) {
        return pharmacy.createProduct(admin, category, "Hostile " + currency, price, currency, false);
    }

    private static String newProduct(String admin, String name, long price) {
        Response created = pharmacy.createProduct(admin, category, name, price, "USD", false);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private static Response receive(String admin, String product, String lot, int quantity) {
        return pharmacy.post(
                "/api/v1/inventory/batches",
                admin,
                Map.of(
                        "productId", product,
                        "lotNumber", lot,
                        "expiryDate", java.time.LocalDate.now().plusDays(400).toString(),
                        "quantity", quantity));
    }

    /** The metrics once the request log has counted a request of the route with this status. */
    private static String awaitMetricsLine(String route, String status) throws InterruptedException {
        String line = "route=\"" + route + "\",status=\"" + status + "\"";
        for (int tries = 0; tries < 50; tries++) {
            String metrics = metrics();
            if (metrics.contains(line)) {
                return metrics;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no request of " + route + " answered " + status + " in the metrics:\n"
                + metrics().lines().filter(l -> l.contains(route)).toList());
    }

    private static String metrics() {
        try (Socket socket = new Socket("127.0.0.1", pharmacy.app.port())) {
            socket.getOutputStream()
                    .write("GET /metrics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
