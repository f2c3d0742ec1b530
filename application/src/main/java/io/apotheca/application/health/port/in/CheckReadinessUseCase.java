package io.apotheca.application.health.port.in;

import java.util.List;

/**
 * Asks every system the pharmacy depends on whether it answers. A load balancer sends patients to
 * this instance only while the answer is "ready".
 */
public interface CheckReadinessUseCase {

    Readiness check();

    /**
     * The answer: ready only when every dependency is up.
     *
     * @param dependencies one status per probed system, in probing order
     */
    record Readiness(List<DependencyStatus> dependencies) {

        public Readiness {
            dependencies = List.copyOf(dependencies);
        }

        public boolean ready() {
            return dependencies.stream().allMatch(DependencyStatus::up);
        }
    }

    /**
     * @param name the system, such as {@code database} or {@code redis}
     * @param up whether it answered in time
     */
    record DependencyStatus(String name, boolean up) {}
}
