package io.apotheca.stripe.fake;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for Stripe's API, on loopback. It answers {@code POST /v1/payment_intents}
 * (with {@code capture_method=manual} too), {@code GET /v1/payment_intents/{id}}, {@code POST
 * /v1/payment_intents/{id}/cancel}, {@code POST /v1/payment_intents/{id}/capture} (all or part of
 * what was authorised; the rest is released) and {@code POST /v1/refunds} in Stripe's wire format (form-encoded requests, JSON objects, Stripe's error
 * envelope), with Stripe's idempotency rules: a key seen with the same request replays the first
 * answer (header {@code Idempotent-Replayed: true}); with other parameters it is an {@code
 * idempotency_error}. Tests can make it fail ({@link #failNext}) or answer late after doing the
 * work ({@link #answerLate}), and make events about what happened ({@link #succeed}).
 */
public final class FakeStripeServer implements AutoCloseable {

    public static final String SECRET_KEY = "sk_test_apotheca_fake";
    public static final String WEBHOOK_SECRET = "whsec_apotheca_fake";

    private static final Gson GSON = new Gson();

    /** A request as the fake received it. */
    public record Received(String method, String path, String idempotencyKey) {}

    private record Answer(int status, String body) {}

    private record Remembered(String fingerprint, Answer answer) {}

    private final HttpServer server;
    private final Map<String, JsonObject> intents = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> refunds = new ConcurrentHashMap<>();
    private final Map<String, Remembered> keys = new ConcurrentHashMap<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failures = new AtomicInteger();
    private volatile boolean refundsFail;
    private final AtomicLong lateMillis = new AtomicLong();
    private final AtomicInteger lateAnswers = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();

    private FakeStripeServer(HttpServer server) {
        this.server = server;
    }

    public static FakeStripeServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeStripeServer fake = new FakeStripeServer(server);
            server.createContext("/", fake::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return fake;
        } catch (IOException e) {
            throw new IllegalStateException("the fake Stripe server did not start", e);
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next {@code count} requests get a 500 {@code api_error}, without doing anything. */
    public void failNext(int count) {
        failures.set(count);
    }

    /** While on, every refund request gets a 500 {@code api_error}, without doing anything. */
    public void failRefunds(boolean fail) {
        refundsFail = fail;
    }

    /** The next {@code count} requests are carried out, but answered only after {@code delay}. */
    public void answerLate(int count, Duration delay) {
        lateMillis.set(delay.toMillis());
        lateAnswers.set(count);
    }

    /** Every request received, in order. */
    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The PaymentIntents created, whatever the number of requests. */
    public List<JsonObject> intents() {
        return List.copyOf(intents.values());
    }

    public JsonObject intent(String id) {
        return intents.get(id).deepCopy();
    }

    /** The refunds made. */
    public List<JsonObject> refunds() {
        return List.copyOf(refunds.values());
    }

    /** The patient paid: the intent succeeds; returns the {@code payment_intent.succeeded} event. */
    public String succeed(String intentId) {
        JsonObject intent = intents.get(intentId);
        synchronized (intent) {
            intent.addProperty("status", "succeeded");
            intent.addProperty("amount_received", intent.get("amount").getAsLong());
            return event("payment_intent.succeeded", intent);
        }
    }

    /**
     * The patient paid an intent opened with manual capture: its amount is authorised on the card,
     * nothing taken; returns the {@code payment_intent.amount_capturable_updated} event.
     */
    public String authorise(String intentId) {
        JsonObject intent = intents.get(intentId);
        synchronized (intent) {
            if (!intent.get("capture_method").getAsString().equals("manual")) {
                throw new IllegalStateException(intentId + " captures automatically: use succeed");
            }
            intent.addProperty("status", "requires_capture");
            intent.addProperty("amount_capturable", intent.get("amount").getAsLong());
            return event("payment_intent.amount_capturable_updated", intent);
        }
    }

    /**
     * An authorisation not captured in time lapses: Stripe cancels the intent itself; returns the
     * {@code payment_intent.canceled} event. A capture asked after this is refused.
     */
    public String lapse(String intentId) {
        JsonObject intent = intents.get(intentId);
        synchronized (intent) {
            intent.addProperty("status", "canceled");
            intent.addProperty("amount_capturable", 0);
            intent.addProperty("cancellation_reason", "automatic");
            return event("payment_intent.canceled", intent);
        }
    }

    /** The {@code payment_intent.succeeded} event of an intent as it stands now (after a capture, say). */
    public String succeededEvent(String intentId) {
        JsonObject intent = intents.get(intentId);
        synchronized (intent) {
            return event("payment_intent.succeeded", intent);
        }
    }

    /** The card was declined: returns the {@code payment_intent.payment_failed} event. */
    public String decline(String intentId) {
        JsonObject intent = intents.get(intentId);
        synchronized (intent) {
            intent.addProperty("status", "requires_payment_method");
            JsonObject error = new JsonObject();
            error.addProperty("code", "card_declined");
            error.addProperty("decline_code", "insufficient_funds");
            intent.add("last_payment_error", error);
            return event("payment_intent.payment_failed", intent);
        }
    }

    /** An event about a refund ({@code refund.updated} and the like) as it stands now. */
    public String refundEvent(String type, String refundId) {
        return event(type, refunds.get(refundId));
    }

    /** An event of any type about any object, as Stripe would send it. */
    public String event(String type, JsonObject object) {
        JsonObject event = new JsonObject();
        event.addProperty("id", "evt_" + next());
        event.addProperty("object", "event");
        event.addProperty("api_version", "2026-07-29.dahlia");
        event.addProperty("created", System.currentTimeMillis() / 1000);
        event.addProperty("livemode", false);
        event.addProperty("type", type);
        JsonObject data = new JsonObject();
        data.add("object", object.deepCopy());
        event.add("data", data);
        return GSON.toJson(event);
    }

    /** A refund made in Stripe's dashboard, outside Apotheca; returns its {@code refund.created} event. */
    public String refundInDashboard(String intentId, long amount) {
        JsonObject refund = newRefund(intents.get(intentId), amount);
        return event("refund.created", refund);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        received.add(new Received(method, path, key));
        try {
            if (!("Bearer " + SECRET_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, error(401, "invalid_request_error", null, "Invalid API Key provided."), false);
                return;
            }
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || (refundsFail && path.equals("/v1/refunds"))) {
                send(exchange, error(500, "api_error", null, "An unknown error occurred."), false);
                return;
            }
            Answer answer;
            boolean replayed = false;
            if ("POST".equals(method) && key != null) {
                String fingerprint = method + " " + path + "\n" + body;
                Remembered first = keys.get(key);
                if (first != null) {
                    answer = first.fingerprint().equals(fingerprint)
                            ? first.answer()
                            : error(
                                    400,
                                    "idempotency_error",
                                    null,
                                    "Keys for idempotent requests can only be used with the same parameters they"
                                            + " were first used with.");
                    replayed = first.fingerprint().equals(fingerprint);
                } else {
                    synchronized (this) {
                        Remembered again = keys.get(key);
                        answer = again != null ? again.answer() : route(method, path, form(body));
                        replayed = again != null;
                        if (again == null && answer.status() < 500) {
                            keys.put(key, new Remembered(fingerprint, answer));
                        }
                    }
                }
            } else {
                answer = route(method, path, form(body));
            }
            if (lateAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                Thread.sleep(lateMillis.get());
            }
            send(exchange, answer, replayed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the client gave up waiting (a late answer): Stripe has done the work all the same
            exchange.close();
        }
    }

    private Answer route(String method, String path, Map<String, String> form) {
        String[] parts = path.split("/");
        if ("POST".equals(method) && path.equals("/v1/payment_intents")) {
            return createIntent(form);
        }
        if (parts.length >= 4 && parts[2].equals("payment_intents")) {
            JsonObject intent = intents.get(parts[3]);
            if (intent == null) {
                return error(404, "invalid_request_error", "resource_missing", "No such payment_intent: " + parts[3]);
            }
            if ("GET".equals(method) && parts.length == 4) {
                return ok(intent);
            }
            if ("POST".equals(method) && parts.length == 5 && parts[4].equals("cancel")) {
                return cancel(intent);
            }
            if ("POST".equals(method) && parts.length == 5 && parts[4].equals("capture")) {
                return capture(intent, form);
            }
        }
        if ("POST".equals(method) && path.equals("/v1/refunds")) {
            return refund(form);
        }
        return error(404, "invalid_request_error", null, "Unrecognized request URL (" + method + ": " + path + ").");
    }

    private Answer createIntent(Map<String, String> form) {
        if (!form.containsKey("amount") || !form.containsKey("currency")) {
            return error(400, "invalid_request_error", "parameter_missing", "Missing required param: amount.");
        }
        String id = "pi_" + next();
        JsonObject intent = new JsonObject();
        intent.addProperty("id", id);
        intent.addProperty("object", "payment_intent");
        intent.addProperty("amount", Long.parseLong(form.get("amount")));
        intent.addProperty("amount_received", 0);
        intent.addProperty("amount_capturable", 0);
        intent.addProperty("capture_method", form.getOrDefault("capture_method", "automatic_async"));
        intent.addProperty("currency", form.get("currency"));
        intent.addProperty("status", "requires_payment_method");
        intent.addProperty("client_secret", id + "_secret_" + next());
        intent.addProperty("created", System.currentTimeMillis() / 1000);
        intent.addProperty("livemode", false);
        JsonObject metadata = new JsonObject();
        form.forEach((name, value) -> {
            if (name.startsWith("metadata[")) {
                metadata.addProperty(name.substring(9, name.length() - 1), value);
            }
        });
        intent.add("metadata", metadata);
        intents.put(id, intent);
        return ok(intent);
    }

    private Answer cancel(JsonObject intent) {
        synchronized (intent) {
            String status = intent.get("status").getAsString();
            if (status.equals("succeeded") || status.equals("canceled")) {
                return error(
                        400,
                        "invalid_request_error",
                        "payment_intent_unexpected_state",
                        "You cannot cancel this PaymentIntent because it has a status of " + status + ".");
            }
            intent.addProperty("status", "canceled");
            intent.addProperty("amount_capturable", 0); // an authorisation cancelled is released whole
            return ok(intent);
        }
    }

    /** Takes all or part of what was authorised; Stripe releases the rest at once. */
    private Answer capture(JsonObject intent, Map<String, String> form) {
        synchronized (intent) {
            String status = intent.get("status").getAsString();
            if (!status.equals("requires_capture")) {
                return error(
                        400,
                        "invalid_request_error",
                        "payment_intent_unexpected_state",
                        "This PaymentIntent could not be captured because it has a status of " + status + ".");
            }
            long capturable = intent.get("amount_capturable").getAsLong();
            long amount =
                    form.containsKey("amount_to_capture") ? Long.parseLong(form.get("amount_to_capture")) : capturable;
            if (amount <= 0 || amount > capturable) {
                return error(
                        400,
                        "invalid_request_error",
                        "amount_too_large",
                        "The amount to capture must be positive and at most the amount capturable (" + capturable
                                + ").");
            }
            intent.addProperty("status", "succeeded");
            intent.addProperty("amount_received", amount);
            intent.addProperty("amount_capturable", 0);
            return ok(intent);
        }
    }

    private Answer refund(Map<String, String> form) {
        JsonObject intent = intents.get(form.getOrDefault("payment_intent", ""));
        if (intent == null) {
            return error(404, "invalid_request_error", "resource_missing", "No such payment_intent.");
        }
        synchronized (intent) {
            if (!intent.get("status").getAsString().equals("succeeded")) {
                return error(
                        400,
                        "invalid_request_error",
                        "payment_intent_unexpected_state",
                        "This PaymentIntent does not have a successful charge to refund.");
            }
            long amount = form.containsKey("amount")
                    ? Long.parseLong(form.get("amount"))
                    : intent.get("amount_received").getAsLong() - refunded(intent);
            if (amount <= 0 || amount > intent.get("amount_received").getAsLong() - refunded(intent)) {
                return error(
                        400,
                        "invalid_request_error",
                        amount <= 0 ? "parameter_invalid_integer" : "charge_already_refunded",
                        "Refund amount is greater than unrefunded amount on charge.");
            }
            return ok(newRefund(intent, amount));
        }
    }

    private JsonObject newRefund(JsonObject intent, long amount) {
        JsonObject refund = new JsonObject();
        String id = "re_" + next();
        refund.addProperty("id", id);
        refund.addProperty("object", "refund");
        refund.addProperty("amount", amount);
        refund.addProperty("currency", intent.get("currency").getAsString());
        refund.addProperty("payment_intent", intent.get("id").getAsString());
        refund.addProperty("status", "succeeded");
        refund.addProperty("created", System.currentTimeMillis() / 1000);
        refunds.put(id, refund);
        return refund;
    }

    private long refunded(JsonObject intent) {
        String id = intent.get("id").getAsString();
        return refunds.values().stream()
                .filter(r -> r.get("payment_intent").getAsString().equals(id))
                .filter(r -> !r.get("status").getAsString().equals("failed"))
                .mapToLong(r -> r.get("amount").getAsLong())
                .sum();
    }

    private static Answer ok(JsonObject object) {
        return new Answer(200, GSON.toJson(object));
    }

    private static Answer error(int status, String type, String code, String message) {
        JsonObject error = new JsonObject();
        error.addProperty("type", type);
        if (code != null) {
            error.addProperty("code", code);
        }
        error.addProperty("message", message);
        JsonObject envelope = new JsonObject();
        envelope.add("error", error);
        return new Answer(status, GSON.toJson(envelope));
    }

    private static void send(HttpExchange exchange, Answer answer, boolean replayed) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Request-Id", "req_fake");
        if (replayed) {
            exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body.isBlank()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }

    private String next() {
        return Long.toString(System.nanoTime(), 36) + sequence.incrementAndGet();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
