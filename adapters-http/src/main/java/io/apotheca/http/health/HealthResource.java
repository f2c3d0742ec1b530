package io.apotheca.http.health;

import io.apotheca.application.health.port.in.CheckReadinessUseCase;
import io.apotheca.application.health.port.in.CheckReadinessUseCase.DependencyStatus;
import io.apotheca.application.health.port.in.CheckReadinessUseCase.Readiness;
import io.apotheca.http.Resource;
import io.apotheca.http.problem.Problem;
import io.apotheca.http.problem.ProblemResponses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Liveness (the process answers) and readiness (its database, and Redis when configured, answer).
 * A load balancer stops sending patients to an instance that is not ready.
 */
public final class HealthResource implements Resource {

    private final CheckReadinessUseCase checkReadiness;

    public HealthResource(CheckReadinessUseCase checkReadiness) {
        this.checkReadiness = checkReadiness;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/health/live", this::live);
        routes.get("/health/ready", this::ready);
    }

    private void live(Context ctx) {
        ctx.json(Map.of("status", "UP"));
    }

    private void ready(Context ctx) {
        Readiness readiness = checkReadiness.check();
        Map<String, String> dependencies = new LinkedHashMap<>();
        for (DependencyStatus dependency : readiness.dependencies()) {
            dependencies.put(dependency.name(), dependency.up() ? "UP" : "DOWN");
        }
        if (readiness.ready()) {
            ctx.json(Map.of("status", "UP", "dependencies", dependencies));
        } else {
            ProblemResponses.send(
                    ctx,
                    Problem.of(503, "not_ready", "Not ready", "A system this instance depends on does not answer.")
                            .with("dependencies", dependencies));
        }
    }
}
