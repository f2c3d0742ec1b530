package io.apotheca.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apotheca.bootstrap.config.EnvironmentConfig;
import io.apotheca.stripe.fake.FakeStripeServer;
import io.apotheca.stripe.fake.StripeSignatures;
import io.apotheca.testsupport.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The whole pharmacy booted on a test database, with a client that speaks its JSON API and
 * fixtures that open accounts the way real users do: over HTTP.
 */
final class TestPharmacy implements AutoCloseable {

    static final String ADMIN_EMAIL = "admin@apotheca.test";
    static final String PASSWORD = "correct horse battery staple";

    private static final ObjectMapper JSON = new ObjectMapper();

    final RunningApotheca app;
    /** The fake Stripe this pharmacy takes card payments through. */
    final FakeStripeServer stripe;

    private final TestDatabase db;

    /** The body of a checkout that ships to a fixed address and lets the shop choose the option. */
    static final Map<String, Object> CHECKOUT =
            Map.of("shippingAddress", Map.of("line1", "1 A St", "city", "Oslo", "postalCode", "0150", "country", "NO"));

    private final HttpClient http = HttpClient.newHttpClient();

    private TestPharmacy(RunningApotheca app, FakeStripeServer stripe, TestDatabase db) {
        this.app = app;
        this.stripe = stripe;
        this.db = db;
    }

    static TestPharmacy start(TestDatabase db, Path dataDir, Map<String, String> extra) {
        return start(db, dataDir, extra, Clock.systemUTC());
    }

    /** A pharmacy on the given clock, such as one the test moves forward by days. */
    static TestPharmacy start(TestDatabase db, Path dataDir, Map<String, String> extra, Clock clock) {
        Map<String, String> env = new HashMap<>(Map.of(
                "PORT",
                "0",
                "DATABASE_URL",
                db.postgresqlUrl(),
                "APOTHECA_DATA_DIR",
                dataDir.toString(),
                "APOTHECA_ADMIN_EMAIL",
                ADMIN_EMAIL,
                "APOTHECA_ADMIN_PASSWORD",
                PASSWORD,
                "APOTHECA_RATE_LIMIT_LOGIN",
                "1000/1m",
                "APOTHECA_RATE_LIMIT_REGISTER",
                "1000/1m"));
        FakeStripeServer stripe = FakeStripeServer.start();
        env.put("STRIPE_SECRET_KEY", FakeStripeServer.SECRET_KEY);
        env.put("STRIPE_WEBHOOK_SECRET", FakeStripeServer.WEBHOOK_SECRET);
        env.put("STRIPE_API_BASE", stripe.baseUri().toString());
        env.put("STRIPE_TIMEOUT", "PT2S");
        env.putAll(extra);
        try {
            return new TestPharmacy(Apotheca.start(EnvironmentConfig.parse(env), clock), stripe, db);
        } catch (RuntimeException e) {
            stripe.close();
            throw e;
        }
    }

    record Response(int status, JsonNode body, HttpHeaders headers) {

        String text(String field) {
            return body.path(field).asText();
        }

        /** A problem's code, or an OperationOutcome's (the FHIR routes' errors). */
        String code() {
            return ContractCheck.errorCode(body);
        }
    }

    /**
     * A signed-in account.
     *
     * @param id the account id
     * @param email its e-mail
     * @param accessToken its bearer token
     * @param refreshToken its refresh token
     */
    record Account(String id, String email, String accessToken, String refreshToken) {}

    Response send(String method, String path, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return exchange(method, request, body);
    }

    Response sendWithHeader(String method, String path, Object body, String header, String value) {
        return sendWithHeaders(method, path, body, header, value);
    }

    /** Sends with extra headers, given as name, value, name, value …; a name may repeat. */
    Response sendWithHeaders(String method, String path, Object body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return exchange(method, request, body);
    }

    /** Sends a body of another media type than JSON (a form, FHIR), with extra headers as name, value …. */
    Response sendAs(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return exchange(method, request, body);
    }

    private Response exchange(String method, HttpRequest.Builder request, Object body) {
        try {
            String json = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
            request.method(
                    method,
                    json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            HttpRequest sent = request.build();
            HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString());
            keepsToContract(sent, json, response, response.body());
            JsonNode parsed = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), parsed, response.headers());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + request.build().uri() + " failed", e);
        }
    }

    Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    Response post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    Response patch(String path, String token, Object body) {
        return send("PATCH", path, token, body);
    }

    /**
     * A PNG's signature and header chunk claiming {@code width} × {@code height} pixels: all that a
     * picture upload reads, since the pixels are never decoded.
     */
    static byte[] pngHeader(int width, int height) {
        return java.nio.ByteBuffer.allocate(45)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13)
                .put(new byte[] {'I', 'H', 'D', 'R'})
                .putInt(width)
                .putInt(height)
                .put(new byte[] {8, 2, 0, 0, 0})
                .array();
    }

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@apotheca.test";
    }

    Account login(String email) {
        Response login = post("/api/v1/auth/login", null, Map.of("email", email, "password", PASSWORD));
        if (login.status() != 200) {
            throw new IllegalStateException("login failed: " + login);
        }
        String id = get("/api/v1/users/me", login.text("accessToken")).text("id");
        return new Account(id, email, login.text("accessToken"), login.text("refreshToken"));
    }

    /**
     * A registered customer whose e-mail is verified: marked so in the database before the first
     * sign-in, as a fixture, rather than through the mailed link, which {@code AccountLifecycleApiIT} follows end to end.
     */
    Account customer() {
        String email = registeredCustomer();
        // before the first sign-in, so that no instance keeps the account as it was in memory
        execute("UPDATE users SET email_verified_at = now() WHERE email = '" + email + "'");
        return login(email);
    }

    /** A registered customer who has not followed the verification link. */
    Account unverifiedCustomer() {
        return login(registeredCustomer());
    }

    /** Registers a customer; returns the e-mail address. */
    private String registeredCustomer() {
        String email = uniqueEmail("customer");
        Response registered = post(
                "/api/v1/auth/register",
                null,
                Map.of("email", email, "password", PASSWORD, "fullName", "Ada Customer"));
        if (registered.status() != 201) {
            throw new IllegalStateException("registration failed: " + registered);
        }
        return email;
    }

    Account admin() {
        return login(ADMIN_EMAIL);
    }

    Account pharmacist(boolean verified) {
        String email = uniqueEmail("pharmacist");
        Response registered = post(
                "/api/v1/pharmacists/register",
                null,
                Map.of(
                        "email",
                        email,
                        "password",
                        PASSWORD,
                        "fullName",
                        "Paul Pharmacist",
                        "licenseNumber",
                        "RPH-" + UUID.randomUUID().toString().substring(0, 8),
                        "licenseJurisdiction",
                        "CA"));
        if (registered.status() != 201) {
            throw new IllegalStateException("pharmacist registration failed: " + registered);
        }
        if (verified) {
            Response approved =
                    patch("/api/v1/pharmacists/" + registered.text("id") + "/approve", admin().accessToken(), null);
            if (approved.status() != 200) {
                throw new IllegalStateException("approval failed: " + approved);
            }
        }
        return login(email);
    }

    /** A new category, created by the administrator; returns its id. */
    String category(String slug) {
        Response created = post("/api/v1/categories", admin().accessToken(), Map.of("name", slug, "slug", slug));
        if (created.status() != 201) {
            throw new IllegalStateException("category not created: " + created);
        }
        return created.text("id");
    }

    /** A new active product at {@code price} minor units of USD; returns its id. */
    String product(String category, String name, long price, boolean prescriptionOnly) {
        Response created = createProduct(admin().accessToken(), category, name, price, "USD", prescriptionOnly);
        if (created.status() != 201) {
            throw new IllegalStateException("product not created: " + created);
        }
        return created.text("id");
    }

    /** Asks, as the administrator holding {@code adminToken}, for a new product; returns the answer. */
    Response createProduct(
            String adminToken, String category, String name, long price, String currency, boolean prescriptionOnly) {
        return post(
                "/api/v1/products",
                adminToken,
                Map.of(
                        "sku",
                        "T-" + UUID.randomUUID().toString().substring(0, 13),
                        "name",
                        name,
                        "description",
                        "",
                        "manufacturer",
                        "Acme",
                        "categoryId",
                        category,
                        "price",
                        Map.of("amount", price, "currency", currency),
                        "requiresPrescription",
                        prescriptionOnly,
                        "reorderLevel",
                        0));
    }

    /** Receives a lot expiring {@code days} from today; returns the response. */
    Response receive(String product, String lot, int days, int quantity) {
        Response received = post(
                "/api/v1/inventory/batches",
                admin().accessToken(),
                Map.of(
                        "productId", product,
                        "lotNumber", lot,
                        "expiryDate", java.time.LocalDate.now().plusDays(days).toString(),
                        "quantity", quantity));
        if (received.status() != 201) {
            throw new IllegalStateException("lot not received: " + received);
        }
        return received;
    }

    /** Puts {@code quantity} of the product in the customer's cart. */
    void addToCart(Account customer, String product, int quantity) {
        Response set =
                send("PUT", "/api/v1/cart/items/" + product, customer.accessToken(), Map.of("quantity", quantity));
        if (set.status() != 200) {
            throw new IllegalStateException("not added to the cart: " + set);
        }
    }

    /** Checks the customer's cart out to a fixed address; returns the response. */
    Response checkout(Account customer) {
        return post("/api/v1/orders", customer.accessToken(), CHECKOUT);
    }

    /**
     * A checkout, tried again a second later while the answer is 503 {@code
     * service_unavailable} (a pool that found no free connection in time), at most eight times, as a
     * client honouring {@code Retry-After} would (sooner than its five seconds, to keep races short). Such an answer changed nothing; the races that use
     * this prove it with the stock figures after them.
     */
    Response checkoutTryingAgainWhenUnavailable(Account customer) {
        Response answer = checkout(customer);
        for (int tried = 1; tried < 8 && answer.status() == 503; tried++) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
            answer = checkout(customer);
        }
        return answer;
    }

    /**
     * Uploads a file for an order as {@code multipart/form-data}, the way a browser form does.
     *
     * @param fileName the part's file name, or null for none
     * @param contentType the part's declared type, or null for none
     */
    Response upload(String token, String orderId, String fileName, String contentType, byte[] content) {
        return uploadTo("/api/v1/prescriptions", token, Map.of("orderId", orderId), fileName, contentType, content);
    }

    /** Posts a multipart form: the fields, then the file as the part named {@code file}. */
    Response uploadTo(
            String path,
            String token,
            Map<String, String> fields,
            String fileName,
            String contentType,
            byte[] content) {
        String boundary = "----apotheca" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset ascii = java.nio.charset.StandardCharsets.US_ASCII;
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(ascii)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\""
                        + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n"
                        + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n")
                .getBytes(ascii));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(ascii));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpRequest sent = request.build();
            HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString());
            keepsToContract(
                    sent, body.toString(java.nio.charset.StandardCharsets.ISO_8859_1), response, response.body());
            JsonNode parsed = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), parsed, response.headers());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("upload failed", e);
        }
    }

    /** Fails the test when the exchange is not one the OpenAPI document describes. */
    static void keepsToContract(HttpRequest sent, String requestBody, HttpResponse<?> response, String responseBody) {
        ContractCheck.ofApi()
                .verify(new ContractCheck.Exchange(
                        sent.method(),
                        sent.uri(),
                        sent.headers().map(),
                        requestBody,
                        response.statusCode(),
                        response.headers().map(),
                        responseBody));
    }

    /** A response whose body is kept as bytes, such as a document. */
    record Download(int status, byte[] body, HttpHeaders headers) {}

    /** Downloads with extra headers, given as name, value, name, value …. */
    Download download(String path, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpRequest sent = request.build();
            HttpResponse<byte[]> response = http.send(sent, HttpResponse.BodyHandlers.ofByteArray());
            boolean text = response.headers()
                    .firstValue("Content-Type")
                    .filter(type ->
                            type.startsWith("application/") && type.contains("json") || type.startsWith("text/"))
                    .isPresent();
            keepsToContract(
                    sent,
                    null,
                    response,
                    new String(
                            response.body(),
                            text
                                    ? java.nio.charset.StandardCharsets.UTF_8
                                    : java.nio.charset.StandardCharsets.ISO_8859_1));
            return new Download(response.statusCode(), response.body(), response.headers());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("download failed", e);
        }
    }

    /** The patient pays the order cash on delivery, and the pharmacist dispenses it. */
    void payCashAndDispense(Account patient, String order, String pharmacistEmail) {
        Response paid = post(
                "/api/v1/orders/" + order + "/payment", patient.accessToken(), Map.of("method", "cash_on_delivery"));
        if (paid.status() != 200) {
            throw new IllegalStateException("payment failed: " + paid);
        }
        Response fulfilled = post(
                "/api/v1/orders/" + order + "/fulfil", login(pharmacistEmail).accessToken(), null);
        if (fulfilled.status() != 200) {
            throw new IllegalStateException("dispensing failed: " + fulfilled);
        }
    }

    /**
     * A new prescription-only product with stock, put in the customer's cart and checked out; returns
     * the order's id (the order awaits its prescription).
     */
    String rxOrder(Account customer, String category) {
        String product = product(category, "Amoxicillin 500 mg", 1299, true);
        receive(product, "RX-" + UUID.randomUUID().toString().substring(0, 8), 400, 10);
        addToCart(customer, product, 1);
        Response order = checkout(customer);
        if (order.status() != 201) {
            throw new IllegalStateException("checkout failed: " + order);
        }
        return order.text("id");
    }

    /**
     * A lot of the product received, {@code quantity} of it put in the customer's cart and checked
     * out; returns the order's id.
     */
    String orderOf(Account customer, String product, int quantity) {
        receive(product, "LOT-" + UUID.randomUUID().toString().substring(0, 8), 400, 10);
        addToCart(customer, product, quantity);
        Response order = checkout(customer);
        if (order.status() != 201) {
            throw new IllegalStateException("checkout failed: " + order);
        }
        return order.text("id");
    }

    /** What the catalog says is available of the product now. */
    int available(String product) {
        return get("/api/v1/products/" + product, null).body().path("available").asInt();
    }

    /** Asks to pay the order by card: the PaymentIntent's client secret, from the fake Stripe. */
    Response payByCard(Account customer, String order) {
        return post("/api/v1/orders/" + order + "/payment", customer.accessToken(), Map.of("method", "card"));
    }

    /** Delivers a webhook event signed now with the webhook secret, as Stripe does. */
    Response webhook(String payload) {
        return webhook(
                payload,
                StripeSignatures.header(payload, FakeStripeServer.WEBHOOK_SECRET, System.currentTimeMillis() / 1000));
    }

    /** Delivers a webhook body with the given {@code Stripe-Signature}. */
    Response webhook(String payload, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + "/webhooks/stripe"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Stripe-Signature", signature);
        return exchange("POST", request, payload);
    }

    /**
     * Pays an order by card the way a patient does: the PaymentIntent, the card charged at Stripe,
     * and Stripe's signed {@code payment_intent.succeeded} delivered to the webhook.
     */
    void markPaid(Account customer, String order) {
        Response intent = payByCard(customer, order);
        if (intent.status() != 200) {
            throw new IllegalStateException("payment refused: " + intent);
        }
        Response delivered = webhook(stripe.succeed(intent.text("providerPaymentId")));
        if (delivered.status() != 200 || !delivered.body().path("processed").asBoolean()) {
            throw new IllegalStateException("webhook not processed: " + delivered);
        }
    }

    /** The first column of the first row a query on the pharmacy's database answers. */
    long scalar(String sql) {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement on the pharmacy's database. */
    void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            connection.createStatement().executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        stripe.close();
    }
}
