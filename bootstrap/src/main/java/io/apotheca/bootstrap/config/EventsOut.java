package io.apotheca.bootstrap.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where events go beyond the pharmacy.
 *
 * @param rabbitmqUrl {@code RABBITMQ_URL} ({@code amqp://user:password@host:port/vhost}): empty to
 *     publish to no broker
 * @param webhookTimeout {@code APOTHECA_WEBHOOK_TIMEOUT}: how long a webhook receiver may take to
 *     answer (10 seconds by default)
 * @param webhooksAllowPrivateNetworks {@code APOTHECA_WEBHOOKS_ALLOW_PRIVATE_NETWORKS}: let webhook
 *     endpoints be plain HTTP on private, loopback or link-local addresses; for development and
 *     tests only (false by default)
 */
public record EventsOut(Optional<Secret> rabbitmqUrl, Duration webhookTimeout, boolean webhooksAllowPrivateNetworks) {

    public EventsOut {
        Objects.requireNonNull(rabbitmqUrl, "rabbitmqUrl");
        Objects.requireNonNull(webhookTimeout, "webhookTimeout");
    }
}
