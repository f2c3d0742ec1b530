package io.apotheca.bootstrap;

import io.apotheca.application.health.HealthUseCases;
import io.apotheca.application.health.port.out.ReadinessProbe;
import io.apotheca.application.shared.UuidV7Generator;
import io.apotheca.application.shared.port.out.IdGenerator;
import io.apotheca.bootstrap.config.ApothecaConfig;
import io.apotheca.bootstrap.config.DatabaseUrl;
import io.apotheca.http.ApiUseCases;
import io.apotheca.http.HttpServer;
import io.apotheca.http.HttpSettings;
import io.apotheca.persistence.PostgresPersistence;
import io.apotheca.persistence.PostgresSettings;
import io.apotheca.redis.RedisAdapters;
import io.apotheca.redis.RedisSettings;
import io.apotheca.stripe.StripeAdapters;
import io.apotheca.stripe.StripeSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The composition root, in one readable place: configuration, then infrastructure (database, Redis,
 * Stripe), then adapters, then use cases, then the HTTP API.
 */
public final class Apotheca {

    private static final String REDIS_KEY_PREFIX = "apotheca:";

    private Apotheca() {}

    /**
     * Starts the whole pharmacy and returns once it serves. If any part fails to start, the parts
     * already started are stopped again before the failure is thrown.
     */
    public static RunningApotheca start(ApothecaConfig config) {
        ShutdownSequence shutdown = new ShutdownSequence();
        try {
            Files.createDirectories(config.dataDir());
            Clock clock = Clock.systemUTC();
            IdGenerator ids = new UuidV7Generator(clock, new SecureRandom());

            DatabaseUrl databaseUrl = config.database()
                    .orElseGet(() -> shutdown.add(
                                    EmbeddedDatabase.start(config.dataDir().resolve("postgres")))
                            .url());
            PostgresPersistence persistence = shutdown.add(PostgresPersistence.open(PostgresSettings.of(
                    databaseUrl.jdbcUrl(),
                    databaseUrl.username(),
                    databaseUrl.password().value())));
            List<ReadinessProbe> probes = new ArrayList<>(List.of(persistence.readinessProbe()));
            config.redisUrl().ifPresent(url -> {
                RedisAdapters redis =
                        shutdown.add(RedisAdapters.connect(new RedisSettings(url.uri(), REDIS_KEY_PREFIX)));
                probes.add(redis.readinessProbe());
            });
            config.stripe()
                    .ifPresent(credentials -> StripeAdapters.connect(new StripeSettings(
                            credentials.secretKey().value(),
                            credentials.webhookSecret().value(),
                            config.stripeApiBase(),
                            Duration.ofSeconds(10))));

            ApiUseCases useCases = new ApiUseCases(HealthUseCases.checkReadiness(probes), ids);
            HttpServer http = shutdown.add(HttpServer.start(HttpSettings.onPort(config.port()), useCases));
            return new RunningApotheca(http.port(), shutdown);
        } catch (IOException e) {
            shutdown.run();
            throw new UncheckedIOException("could not prepare the data folder " + config.dataDir(), e);
        } catch (RuntimeException e) {
            shutdown.run();
            throw e;
        }
    }
}
