package io.apotheca.application.health;

import io.apotheca.application.health.port.in.CheckReadinessUseCase;
import io.apotheca.application.health.port.out.ReadinessProbe;
import java.util.List;

/** Builds the health use cases; the composition root calls this. */
public final class HealthUseCases {

    private HealthUseCases() {}

    /** Readiness over the given probes; with no probe at all the instance is trivially ready. */
    public static CheckReadinessUseCase checkReadiness(List<ReadinessProbe> probes) {
        return new CheckReadinessService(probes);
    }
}
