package io.apotheca.http;

import java.time.Duration;
import java.util.List;

/**
 * How the API listens.
 *
 * @param host the address to bind, such as {@code 0.0.0.0}
 * @param port the TCP port; 0 picks a free one
 * @param maxRequestBytes the largest JSON body accepted (uploads set their own limits)
 * @param stopTimeout how long requests still in flight may take to finish at shutdown
 * @param trustedProxies addresses or CIDR ranges whose {@code X-Forwarded-For} is believed
 */
public record HttpSettings(
        String host, int port, long maxRequestBytes, Duration stopTimeout, List<String> trustedProxies) {

    public HttpSettings {
        trustedProxies = List.copyOf(trustedProxies);
    }

    /** The API's defaults: bodies up to 1 MB, ten seconds to drain at shutdown. */
    public static HttpSettings onPort(int port, List<String> trustedProxies) {
        return new HttpSettings("0.0.0.0", port, 1_000_000, Duration.ofSeconds(10), trustedProxies);
    }
}
