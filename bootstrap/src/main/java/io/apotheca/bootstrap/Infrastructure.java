package io.apotheca.bootstrap;

import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.application.events.port.out.EventPublisher;
import io.apotheca.application.health.port.out.ReadinessProbe;
import io.apotheca.application.outbound.port.out.WebhookTransport;
import io.apotheca.application.shared.UuidV7Generator;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import io.apotheca.application.shared.port.out.IdGenerator;
import io.apotheca.application.shared.port.out.RateLimiter;
import io.apotheca.bootstrap.config.ApothecaConfig;
import io.apotheca.bootstrap.config.DatabaseUrl;
import io.apotheca.http.security.SecurityAdapters;
import io.apotheca.persistence.PostgresPersistence;
import io.apotheca.persistence.PostgresSettings;
import io.apotheca.persistence.jobs.ScheduledJob;
import io.apotheca.rabbitmq.RabbitAdapters;
import io.apotheca.rabbitmq.RabbitSettings;
import io.apotheca.redis.RedisAdapters;
import io.apotheca.redis.RedisSettings;
import io.apotheca.redis.WriteBehindCarts;
import io.apotheca.stripe.StripeAdapters;
import io.apotheca.stripe.StripeSettings;
import io.apotheca.webhooks.WebhookAdapters;
import io.apotheca.webhooks.WebhookSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The systems the pharmacy stands on, started: PostgreSQL (embedded when none is configured),
 * Redis when configured (carts, caches and rate limits move there), Stripe when configured.
 *
 * @param probes what readiness asks: PostgreSQL, and Redis when there is one
 * @param rateLimiter Redis's buckets, else this process's
 * @param broadcast tells every instance what changed of what they keep in memory: through Redis
 *     when there is one, else through PostgreSQL
 * @param carts Redis's (written behind to PostgreSQL), else PostgreSQL's
 * @param jobs the jobs the infrastructure itself needs (writing carts behind)
 * @param broker RabbitMQ when {@code RABBITMQ_URL} is set
 * @param webhooks posts webhook deliveries
 * @param meters the operator's metrics, which {@code /metrics} serves
 */
record Infrastructure(
        Clock clock,
        SecureRandom random,
        IdGenerator ids,
        PostgresPersistence persistence,
        List<ReadinessProbe> probes,
        RateLimiter rateLimiter,
        ChangeBroadcast broadcast,
        CartStore carts,
        Optional<StripeAdapters> stripe,
        List<ScheduledJob> jobs,
        Optional<EventPublisher> broker,
        WebhookTransport webhooks,
        PrometheusMeterRegistry meters) {

    /** stripe-java retries a call that got no answer once, under the same idempotency key. */
    private static final int STRIPE_NETWORK_RETRIES = 1;

    /** A webhook receiver that cannot take a connection in this time is down. */
    private static final Duration WEBHOOK_CONNECT_TIMEOUT = Duration.ofSeconds(3);

    /** Starts each system, adding it to the shutdown sequence as soon as it runs. */
    static Infrastructure start(ApothecaConfig config, Clock clock, ShutdownSequence shutdown) {
        SecureRandom random = new SecureRandom();
        DatabaseUrl databaseUrl = config.database()
                .orElseGet(() -> shutdown.add(
                                EmbeddedDatabase.start(config.dataDir().resolve("postgres")))
                        .url());
        PostgresPersistence persistence = shutdown.add(PostgresPersistence.open(PostgresSettings.of(
                databaseUrl.jdbcUrl(),
                databaseUrl.username(),
                databaseUrl.password().value())));
        List<ReadinessProbe> probes = new ArrayList<>(List.of(persistence.readinessProbe()));
        RateLimiter rateLimiter = SecurityAdapters.inProcessRateLimiter();
        CartStore carts = persistence.carts();
        ChangeBroadcast broadcast = null;
        List<ScheduledJob> jobs = new ArrayList<>();
        if (config.redisUrl().isPresent()) {
            RedisAdapters redis = shutdown.add(RedisAdapters.connect(
                    new RedisSettings(config.redisUrl().get().uri(), config.redisKeyPrefix())));
            probes.add(redis.readinessProbe());
            rateLimiter = redis.rateLimiter();
            broadcast = redis.changeBroadcast();
            WriteBehindCarts redisCarts = redis.carts(persistence.carts());
            carts = redisCarts;
            jobs.add(new ScheduledJob(
                    "write-behind-carts", new ScheduledJob.Every(Duration.ofSeconds(2)), redisCarts::writeBehind));
            // the last changes reach PostgreSQL before Redis is closed
            shutdown.add(redisCarts::writeBehind);
        }
        if (broadcast == null) {
            broadcast = persistence.changeBroadcast();
        }
        persistence.keepInMemory(broadcast);
        Optional<StripeAdapters> stripe = config.stripe()
                .map(credentials -> StripeAdapters.connect(new StripeSettings(
                        credentials.secretKey().value(),
                        credentials.webhookSecret().value(),
                        config.stripeApiBase(),
                        config.stripeTimeout(),
                        STRIPE_NETWORK_RETRIES)));
        return new Infrastructure(
                clock,
                random,
                new UuidV7Generator(clock, random),
                persistence,
                List.copyOf(probes),
                rateLimiter,
                broadcast,
                carts,
                stripe,
                List.copyOf(jobs),
                config.eventsOut()
                        .rabbitmqUrl()
                        .map(url -> shutdown.add(RabbitAdapters.connect(RabbitSettings.of(URI.create(url.value()))))
                                .publisher()),
                WebhookAdapters.transport(
                        new WebhookSettings(
                                WEBHOOK_CONNECT_TIMEOUT,
                                config.eventsOut().webhookTimeout(),
                                config.eventsOut().webhooksAllowPrivateNetworks()),
                        clock),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }
}
