package io.apotheca.bootstrap;

import io.apotheca.application.catalog.CatalogUseCases;
import io.apotheca.application.identity.IdentityUseCases;
import io.apotheca.application.operations.OperationsUseCases;
import io.apotheca.bootstrap.config.AdminAccount;
import io.apotheca.bootstrap.config.ApothecaConfig;
import io.apotheca.bootstrap.demo.DemoData;
import io.apotheca.http.HttpServer;
import io.apotheca.http.HttpSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;

/**
 * The composition root, as a short list of steps: the infrastructure, then each capability's ports,
 * then the first administrator, the background jobs, the demo data if asked for, and the HTTP API.
 */
public final class Apotheca {

    private Apotheca() {}

    /**
     * Starts the whole pharmacy and returns once it serves. If any part fails to start, the parts
     * already started are stopped again before the failure is thrown.
     */
    public static RunningApotheca start(ApothecaConfig config) {
        return start(config, Clock.systemUTC());
    }

    /**
     * The same, on the given clock: every rule that depends on the day (holds, refills, expiries)
     * reads it. Tests pass a clock they can move; the pharmacy runs on the system's.
     */
    public static RunningApotheca start(ApothecaConfig config, Clock clock) {
        ShutdownSequence shutdown = new ShutdownSequence();
        try {
            Files.createDirectories(config.dataDir());
            Infrastructure infra = Infrastructure.start(config, clock, shutdown);
            Capabilities capabilities = Capabilities.wire(config, infra);
            config.firstAdmin()
                    .ifPresent(admin ->
                            FirstAdmin.ensure(IdentityUseCases.ensureFirstAdmin(capabilities.identity()), admin));
            BackgroundJobs.start(infra, capabilities, shutdown);
            if (config.demoData()) {
                new DemoData(
                                capabilities.identity(),
                                infra.persistence().users(),
                                capabilities.catalog(),
                                capabilities.inventory(),
                                capabilities.pricingPorts(),
                                CatalogUseCases.images(capabilities.catalog()),
                                capabilities.prescriptions(),
                                capabilities.recalls(),
                                capabilities.limits())
                        .loadIfEmpty(config.firstAdmin().map(AdminAccount::email));
            }
            HttpServer http = shutdown.add(HttpServer.start(
                    HttpSettings.onPort(config.port(), config.trustedProxies(), config.httpThreads()),
                    OperatorMetrics.start(
                            infra.meters(),
                            infra.persistence(),
                            OperationsUseCases.figures(infra.persistence().businessFigures(), infra.clock()),
                            config.metricsToken(),
                            shutdown),
                    infra.ids(),
                    IdentityUseCases.authenticate(capabilities.identity()),
                    callers -> ApiResources.of(infra, capabilities, callers),
                    List.of(new FhirErrors())));
            return new RunningApotheca(http.port(), http.routes(), shutdown);
        } catch (IOException e) {
            shutdown.run();
            throw new UncheckedIOException("could not prepare the data folder " + config.dataDir(), e);
        } catch (RuntimeException e) {
            shutdown.run();
            throw e;
        }
    }
}
