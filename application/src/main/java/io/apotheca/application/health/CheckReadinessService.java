package io.apotheca.application.health;

import io.apotheca.application.health.port.in.CheckReadinessUseCase;
import io.apotheca.application.health.port.out.ReadinessProbe;
import java.util.List;

/** Asks each probe in turn; anyone may ask. */
final class CheckReadinessService implements CheckReadinessUseCase {

    private final List<ReadinessProbe> probes;

    CheckReadinessService(List<ReadinessProbe> probes) {
        this.probes = List.copyOf(probes);
    }

    @Override
    public Readiness check() {
        return new Readiness(probes.stream()
                .map(probe -> new DependencyStatus(probe.name(), probe.answers()))
                .toList());
    }
}
