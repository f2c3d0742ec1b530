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
 * @param maxThreads the most worker threads serving requests at once on JDK 17 (on JDK 21 and newer
 *     Javalin serves them on virtual threads), and the most request bodies gathered at once
 * @param bodyDeadline how long any request body may take to arrive
 * @param minBodyBytesPerSecond the slowest rate a body's declared length is given time for, on top of
 *     {@code bodyDeadline}; a body not complete by then is answered 408
 */
public record HttpSettings(
        String host,
        int port,
        long maxRequestBytes,
        Duration stopTimeout,
        List<String> trustedProxies,
        int maxThreads,
        Duration bodyDeadline,
        long minBodyBytesPerSecond) {

    /** Worker threads when none are configured: Javalin's own default. */
    public static final int DEFAULT_MAX_THREADS = 250;

    public HttpSettings {
        trustedProxies = List.copyOf(trustedProxies);
        if (maxThreads < 8) {
            throw new IllegalArgumentException("the API needs at least 8 worker threads");
        }
        if (bodyDeadline.isNegative() || bodyDeadline.isZero() || minBodyBytesPerSecond < 1) {
            throw new IllegalArgumentException("the body deadline and the minimum body rate are positive");
        }
    }

    /**
     * The API's defaults: JSON bodies up to 1 MB, each given ten seconds to arrive plus a second for
     * every 16 KB it declares (a 10 MB upload: about ten minutes), ten seconds to drain at shutdown.
     */
    public static HttpSettings onPort(int port, List<String> trustedProxies, int maxThreads) {
        return new HttpSettings(
                "0.0.0.0",
                port,
                1_000_000,
                Duration.ofSeconds(10),
                trustedProxies,
                maxThreads,
                Duration.ofSeconds(10),
                16_384);
    }
}
