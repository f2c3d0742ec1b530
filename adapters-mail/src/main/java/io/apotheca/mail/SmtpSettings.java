package io.apotheca.mail;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where and how to hand mail over, read from {@code smtp://user:pass@host:587?starttls=true} (or
 * {@code smtps://…} for TLS from the first byte).
 *
 * @param from the sender of every message
 * @param timeout for connecting, reading and writing; a slow server fails the send, which is retried
 */
public record SmtpSettings(
        String host,
        int port,
        Optional<String> username,
        Optional<String> password,
        boolean startTls,
        boolean tls,
        String from,
        Duration timeout) {

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Settings from an {@code smtp://} or {@code smtps://} URL; user and password are URL-decoded. */
    public static SmtpSettings fromUrl(String url, String from, Duration timeout) {
        URI uri = URI.create(url);
        boolean tls = "smtps".equals(uri.getScheme());
        if (!tls && !"smtp".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("not an smtp:// or smtps:// URL");
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = Optional.of(decode(parts[0]));
            password = parts.length > 1 ? Optional.of(decode(parts[1])) : Optional.empty();
        }
        Map<String, String> query = uri.getRawQuery() == null
                ? Map.of()
                : Arrays.stream(uri.getRawQuery().split("&"))
                        .map(pair -> pair.split("=", 2))
                        .collect(Collectors.toMap(
                                p -> decode(p[0]), p -> p.length > 1 ? decode(p[1]) : "", (a, b) -> b));
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 465 : 587;
        return new SmtpSettings(
                uri.getHost(),
                port,
                user,
                password,
                Boolean.parseBoolean(query.getOrDefault("starttls", "false")),
                tls,
                from,
                timeout);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", user " + username.orElse("none") + ", password redacted]";
    }
}
