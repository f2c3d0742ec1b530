package io.apotheca.webhooks;

import java.time.Duration;
import java.util.Objects;

/**
 * How webhooks are posted.
 *
 * @param connectTimeout how long a connection may take
 * @param timeout how long the receiver may take to answer
 * @param allowPrivateNetworks whether endpoints may be on private, loopback or link-local addresses
 *     and plain HTTP: for development and tests, never in production
 */
public record WebhookSettings(Duration connectTimeout, Duration timeout, boolean allowPrivateNetworks) {

    /** Public HTTPS receivers that connect within 3 seconds and answer within 10. */
    public static final WebhookSettings DEFAULTS =
            new WebhookSettings(Duration.ofSeconds(3), Duration.ofSeconds(10), false);

    public WebhookSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
    }
}
