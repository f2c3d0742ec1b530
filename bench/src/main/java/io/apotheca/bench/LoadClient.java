package io.apotheca.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * The harness's HTTP client: one {@link HttpClient}, loopback only (the address is built from a port,
 * never taken from outside), with JSON and multipart helpers.
 */
final class LoadClient {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The body of a checkout that ships to a fixed address. */
    static final String CHECKOUT =
            "{\"shippingAddress\":{\"line1\":\"1 A St\",\"city\":\"Oslo\",\"postalCode\":\"0150\",\"country\":\"NO\"}}";

    private static final String BOUNDARY = "apotheca-bench-boundary";

    /** An answer: its status and its body. */
    record Answer(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        /** The body as JSON, or a failure naming the step when the status is not the expected one. */
        JsonNode expect(int expected, String step) {
            if (status != expected) {
                throw new IllegalStateException(step + " -> " + status + " " + body);
            }
            return json();
        }
    }

    private final HttpClient http;
    private final String base;

    LoadClient(int port, int threads) {
        this.http = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(threads))
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.base = "http://127.0.0.1:" + port;
    }

    Answer get(String path, String token) {
        return send("GET", path, token, null);
    }

    Answer post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    Answer put(String path, String token, Object body) {
        return send("PUT", path, token, body);
    }

    /** Sends {@code body} as JSON (a string is sent as it is); no body when null. */
    Answer send(String method, String path, String token, Object body) {
        try {
            String text = body == null || body instanceof String ? (String) body : JSON.writeValueAsString(body);
            HttpRequest.Builder request = request(path, token)
                    .method(
                            method,
                            text == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(text));
            if (text != null) {
                request.header("Content-Type", "application/json");
            }
            return exchange(request);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** A {@code multipart/form-data} upload of one file with one extra text field. */
    Answer upload(String path, String token, String field, String value, String fileName, String type, byte[] file) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[headBytes.length + file.length + tailBytes.length];
        System.arraycopy(headBytes, 0, body, 0, headBytes.length);
        System.arraycopy(file, 0, body, headBytes.length, file.length);
        System.arraycopy(tailBytes, 0, body, headBytes.length + file.length, tailBytes.length);
        return exchange(request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Answer exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, e.toString()); // counted as status 0: no answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }
}
