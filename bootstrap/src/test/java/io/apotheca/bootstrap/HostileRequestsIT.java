package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.http.docs.OpenApiDocument;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.TestDatabase;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fuzz pass over every operation of the OpenAPI document: malformed JSON, wrong types, huge numbers,
 * long strings, SQL and path traversal text, wrong content types, hostile path and query values and
 * headers, each sent by the caller most likely to get past the door (and by strangers). No answer is
 * a 5xx or shows an internal; every refusal is a documented problem and leaves every table as it was.
 */
class HostileRequestsIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @TempDir
    static Path dataDir;

    /** Tables that move on their own (the scheduler's heartbeats, the outbox relay): counted, not digested. */
    private static final Set<String> MOVING_TABLES =
            Set.of("scheduled_tasks", "outbox", "provider_events", "flyway_schema_history");

    /**
     * Written only in the background, by the mailer working through the outbox's events (a link's
     * token is made when its mail is): an earlier accepted request's mail may land at any time. A
     * refused request cannot cause one without adding to the outbox, which is checked.
     */
    private static final Set<String> MAILER_TABLES = Set.of("mail_queue", "account_tokens");

    private static final List<String> HOSTILE_TEXT = List.of(
            "' OR '1'='1' --",
            "\"; DROP TABLE orders; --",
            "../../../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "nul\u0000byte",
            "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}",
            "\u202e\ufeff\u0007",
            "",
            "   ",
            "x".repeat(100_000));
    private static final List<String> HOSTILE_JSON_VALUES = List.of(
            "123456789012345678901234567890",
            "-9223372036854775809",
            "1e400",
            "-1",
            "0",
            "3.14159",
            "true",
            "[]",
            "{}",
            "null",
            "\"NaN\"",
            "[\"" + "y".repeat(10_000) + "\"]",
            "{\"amount\":\"lots\",\"currency\":\"XXXX\"}",
            "{\"amount\":-1,\"currency\":\"USD\"}",
            "{\"amount\":92233720368547758070,\"currency\":\"USD\"}");
    private static final List<String> MALFORMED_BODIES =
            List.of("{", "[]", "\"text\"", "null", "{\"a\":", "{}{}", "{\"a\":1,}", "\u0000", "{\"a\":\"\\ud800\"}");
    private static final List<String> HOSTILE_PATH_VALUES = List.of(
            "'%20OR%201=1--",
            "..%2F..%2Fetc%2Fpasswd",
            "%00",
            "a".repeat(3_000),
            "-1",
            "99999999999999999999",
            "00000000-0000-0000-0000-000000000000",
            "%3Cscript%3E");
    private static final List<String[]> WRONG_CONTENT_TYPES = List.of(
            new String[] {"text/plain", "{\"quantity\":1}"},
            new String[] {"application/xml", "<order><quantity>1</quantity></order>"},
            new String[] {"application/x-www-form-urlencoded", "quantity=1&email=a%40b.c"},
            new String[] {"multipart/form-data", "--x\r\n\r\n--x--"},
            new String[] {"application/json; charset=utf-16", "{}"});

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static TestPharmacy pharmacy;
    private static JsonNode document;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> ids = new LinkedHashMap<>();
    private static Account customer;
    private static Account admin;
    private static Account pharmacist;

    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private Map<String, String> tables;

    @BeforeAll
    static void start() throws Exception {
        pharmacy = TestPharmacy.start(postgres.database(), dataDir, Map.of());
        document = new YAMLMapper().readTree(OpenApiDocument.asYaml());
        admin = pharmacy.admin();
        customer = pharmacy.customer();
        pharmacist = pharmacy.pharmacist(true);
        String category = pharmacy.category("fuzz");
        String product = pharmacy.product(category, "Fuzzed paracetamol", 450, false);
        String batch = pharmacy.receive(product, "FUZZ-1", 400, 50).text("id");
        String order = pharmacy.rxOrder(customer, category);
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String prescription = pharmacy.upload(customer.accessToken(), order, "rx.pdf", "application/pdf", pdf)
                .text("id");
        pharmacy.addToCart(customer, product, 1);
        Response option = pharmacy.post(
                "/api/v1/shipping-options",
                admin.accessToken(),
                Map.of("name", "Courier", "price", Map.of("amount", 500, "currency", "USD"), "active", false));
        ids.put("/api/v1/products/", product);
        ids.put("/api/v1/cart/items/", product);
        ids.put("/api/v1/inventory/products/", product);
        ids.put("/api/v1/inventory/batches/", batch);
        ids.put("/api/v1/orders/", order);
        ids.put("/api/v1/prescriptions/", prescription);
        ids.put("/api/v1/pharmacists/", pharmacy.pharmacist(false).id());
        ids.put("/api/v1/users/", pharmacy.customer().id());
        ids.put("/api/v1/shipping-options/", option.text("id"));
        ids.put("/docs/", "swagger-ui.css");
    }

    @AfterAll
    static void stop() throws Exception {
        if (snapshots != null) {
            snapshots.close();
        }
        pharmacy.close();
    }

    @Test
    void thousands_of_hostile_requests_are_refused_as_documented_problems_never_a_500_and_change_nothing()
            throws Exception {
        tables = snapshot();
        int sent = 0;
        for (Map.Entry<String, JsonNode> path : iterable(document.path("paths").fields())) {
            for (Map.Entry<String, JsonNode> operation :
                    iterable(path.getValue().fields())) {
                sent += fuzz(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), operation.getValue());
            }
        }
        System.out.printf("hostile requests: %d, by status: %s%n", sent, statuses);
        assertThat(sent).isGreaterThan(2_000);
        java.nio.file.Files.write(Path.of("target", "hostile-requests-failures.txt"), failures);
        assertThat(failures.stream().limit(80).toList())
                .as("%d failures, all in target/hostile-requests-failures.txt", failures.size())
                .isEmpty();
    }

    private int fuzz(String method, String template, JsonNode operation) throws Exception {
        int sent = 0;
        String path = withIds(template);
        String admitted = admittedCaller(method, template);
        tables = snapshot(); // the caller may be a new account
        JsonNode properties = requestProperties(operation);
        boolean takesJson = operation.path("requestBody").path("content").has("application/json");
        for (String stranger : new String[] {null, "not.a.jwt"}) {
            if (stranger == null && operation.path("security").isEmpty()) {
                continue; // an open operation: the anonymous caller is the admitted one
            }
            sent += send(method, path, stranger, "application/json", "{");
            sent += send(
                    method,
                    path,
                    stranger,
                    "application/json",
                    "{\"anything\":" + jsonString(HOSTILE_TEXT.get(0)) + "}");
        }
        for (String token : new String[] {admitted}) {
            for (String hostile : HOSTILE_PATH_VALUES) {
                if (template.contains("{")) {
                    sent += send(
                            method,
                            template.replaceFirst("\\{[^}]+}", hostile)
                                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString()),
                            token,
                            "application/json",
                            "{}");
                }
            }
            for (JsonNode parameter : operation.path("parameters")) {
                if (!parameter.path("in").asText().equals("query")) {
                    continue;
                }
                for (String text : HOSTILE_TEXT) {
                    String value = text.length() > 5_000 ? text.substring(0, 5_000) : text;
                    sent += send(
                            method,
                            path + "?" + parameter.path("name").asText() + "=" + encode(value),
                            token,
                            null,
                            null);
                }
                for (String number : List.of("123456789012345678901234567890", "-1", "0", "1e400", "abc", "[]")) {
                    sent += send(
                            method,
                            path + "?" + parameter.path("name").asText() + "=" + encode(number),
                            token,
                            null,
                            null);
                }
            }
            if (!takesJson) {
                continue;
            }
            for (String body : MALFORMED_BODIES) {
                sent += send(method, path, token, "application/json", body);
            }
            for (String[] contentType : WRONG_CONTENT_TYPES) {
                sent += send(method, path, token, contentType[0], contentType[1]);
            }
            for (String property : names(properties)) {
                for (String value : HOSTILE_JSON_VALUES) {
                    sent += send(method, path, token, "application/json", "{\"" + property + "\":" + value + "}");
                }
                for (String text : HOSTILE_TEXT) {
                    sent += send(
                            method, path, token, "application/json", "{\"" + property + "\":" + jsonString(text) + "}");
                }
            }
            sent += declareOversizedBody(method, path, token);
        }
        return sent;
    }

    /**
     * The caller that gets furthest, past the door to where the body is read: anyone for an open
     * operation, else a role the route admits. Signing out and deleting an account would end the
     * shared customer's session, so they get an account of their own.
     */
    private static String admittedCaller(String method, String template) {
        Set<String> roles = pharmacy.app.routes().stream()
                .filter(route -> route.method().equals(method) && route.path().equals(template))
                .findFirst()
                .orElseThrow(() -> new AssertionError(method + " " + template + " is not registered"))
                .roles();
        if (roles.isEmpty()) {
            return null;
        }
        if (template.equals("/api/v1/auth/logout") || template.equals("/api/v1/users/me")) {
            return pharmacy.customer().accessToken();
        }
        if (roles.contains("ADMIN")) {
            return admin.accessToken();
        }
        return roles.contains("CUSTOMER") ? customer.accessToken() : pharmacist.accessToken();
    }

    private int send(String method, String path, String token, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + pharmacy.app.port() + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest sent = request.build();
        HttpResponse<String> response = HTTP.send(sent, HttpResponse.BodyHandlers.ofString());
        statuses.merge(response.statusCode(), 1, Integer::sum);
        String what = method + " " + shorten(path) + (body == null ? "" : " " + shorten(body)) + " → "
                + response.statusCode();
        if (response.statusCode() >= 500) {
            failures.add("server error: " + what + " " + shorten(response.body()));
        }
        for (String leak :
                List.of("Exception", "\tat ", "org.postgresql", "SQLState", "jdbc:", "Caused by", "java.lang")) {
            if (response.body().contains(leak)) {
                failures.add("internal shown (" + leak + "): " + what);
            }
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        // under /fhir/ a refusal is an OperationOutcome, unless the server refused the address before any route
        boolean fhirOutcome = path.startsWith("/fhir/")
                && type.startsWith("application/fhir+json")
                && response.body().contains("\"OperationOutcome\"");
        if (response.statusCode() >= 400 && !type.startsWith("application/problem+json") && !fhirOutcome) {
            failures.add("refusal not problem+json (" + type + "): " + what);
        }
        try {
            TestPharmacy.keepsToContract(
                    sent, body, response, type.contains("json") || type.startsWith("text/") ? response.body() : null);
        } catch (AssertionError broken) {
            failures.add("undocumented: "
                    + broken.getMessage()
                            .replace('\n', ' ')
                            .replaceAll("(.)\\1{20,}", "$1…")
                            .replaceAll("response body:.*", ""));
        }
        Map<String, String> now = snapshot();
        if (response.statusCode() >= 400 && !now.equals(tables)) {
            List<String> changed = new ArrayList<>();
            now.forEach((table, digest) -> {
                if (!digest.equals(tables.get(table))) {
                    changed.add(table);
                }
            });
            failures.add("refused yet wrote " + changed + ": " + what);
        }
        tables = now;
        return 1;
    }

    /**
     * Declares a body of 2 MB, over the 1 MB limit, and sends none of it: the limit is checked on the
     * declared length before anything is read, so the answer is 413 at once. (A client that went on
     * writing would find the connection closed under it, as HTTP allows.)
     */
    private int declareOversizedBody(String method, String path, String token) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", pharmacy.app.port())) {
            socket.setSoTimeout(10_000);
            String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 2000000\r\nConnection: close\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            statuses.merge(status, 1, Integer::sum);
            if (status != 413 || !answer.contains("\"code\":\"payload_too_large\"")) {
                failures.add("a declared 2 MB body was not refused with 413: " + method + " " + path + " → "
                        + shorten(answer));
            }
            Map<String, String> now = snapshot();
            if (!now.equals(tables)) {
                failures.add("a declared 2 MB body wrote: " + method + " " + path);
            }
            tables = now;
        }
        return 1;
    }

    /** One connection and one statement for every snapshot: the tables do not change during the test. */
    private static Connection snapshots;

    private static String snapshotSql;

    /** Each table's row count and, where rows do not move on their own, a digest of every row. */
    private static Map<String, String> snapshot() throws Exception {
        if (snapshots == null) {
            TestDatabase db = postgres.database();
            snapshots = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
            snapshotSql = snapshotSql(snapshots);
        }
        Map<String, String> digests = new TreeMap<>();
        try (ResultSet rows = snapshots.createStatement().executeQuery(snapshotSql)) {
            while (rows.next()) {
                digests.put(rows.getString(1), rows.getString(2));
            }
        }
        return digests;
    }

    private static String snapshotSql(Connection connection) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = connection
                .createStatement()
                .executeQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        StringBuilder sql = new StringBuilder();
        names.removeAll(MAILER_TABLES);
        for (String name : names) {
            if (!sql.isEmpty()) {
                sql.append(" UNION ALL ");
            }
            String digest = MOVING_TABLES.contains(name)
                    ? "''"
                    : "md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))";
            sql.append("SELECT '")
                    .append(name)
                    .append("', count(*) || ':' || ")
                    .append(digest)
                    .append(" FROM \"")
                    .append(name)
                    .append("\" t");
        }
        return sql.toString();
    }

    private static String withIds(String template) {
        String path = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            if (path.startsWith(id.getKey() + "{")) {
                path = id.getKey() + path.substring(id.getKey().length()).replaceFirst("\\{[^}]+}", id.getValue());
            }
        }
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private static JsonNode requestProperties(JsonNode operation) {
        JsonNode schema = operation
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        if (schema.has("$ref")) {
            schema = document.path("components")
                    .path("schemas")
                    .path(schema.path("$ref").asText().replace("#/components/schemas/", ""));
        }
        return schema.path("properties");
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            names.add("anything");
        }
        return names;
    }

    private static String jsonString(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> items) {
        return () -> items;
    }
}
