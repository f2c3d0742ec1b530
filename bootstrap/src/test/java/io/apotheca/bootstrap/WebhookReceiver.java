package io.apotheca.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.apotheca.application.outbound.WebhookSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server that receives webhooks, as a subscriber's would: each path answers 204, or
 * first fails as many times as the test asked; every request is kept with its headers and body.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One request as received.
     *
     * @param path where it was posted
     * @param eventId its {@code Apotheca-Event-Id}
     * @param signature its {@code Apotheca-Signature}
     * @param body its body, as signed
     * @param status what this receiver answered
     */
    record Delivery(String path, String eventId, String signature, byte[] body, int status, Instant receivedAt) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String type() {
            return json().path("type").asText();
        }

        /** Whether the signature holds for the secret, stamped within five minutes of its arrival. */
        boolean verifies(String secret) {
            return WebhookSignature.verifies(signature, body, secret, receivedAt, Duration.ofMinutes(5));
        }
    }

    private final HttpServer server;
    private final List<Delivery> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

    /** @param clock the pharmacy's clock, by which a signature's time is judged */
    WebhookReceiver(Clock clock) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            AtomicInteger left = failuresLeft.get(path);
            int status = left != null && left.getAndDecrement() > 0 ? 500 : 204;
            received.add(new Delivery(
                    path,
                    exchange.getRequestHeaders().getFirst("Apotheca-Event-Id"),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                    exchange.getRequestBody().readAllBytes(),
                    status,
                    clock.instant()));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The URL of a path on this receiver. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The path answers 500 this many times before it takes deliveries. */
    void failFirst(String path, int times) {
        failuresLeft.put(path, new AtomicInteger(times));
    }

    /** What was posted to the path, in order of arrival. */
    List<Delivery> at(String path) {
        return received.stream().filter(d -> d.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
