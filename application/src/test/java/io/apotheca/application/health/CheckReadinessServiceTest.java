package io.apotheca.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.health.port.in.CheckReadinessUseCase.DependencyStatus;
import io.apotheca.application.health.port.in.CheckReadinessUseCase.Readiness;
import io.apotheca.application.health.port.out.ReadinessProbe;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckReadinessServiceTest {

    @Test
    void is_ready_when_every_dependency_answers() {
        Readiness readiness = HealthUseCases.checkReadiness(List.of(probe("database", true), probe("redis", true)))
                .check();

        assertThat(readiness.ready()).isTrue();
    }

    @Test
    void is_not_ready_when_one_dependency_is_down_and_names_it() {
        Readiness readiness = HealthUseCases.checkReadiness(List.of(probe("database", true), probe("redis", false)))
                .check();

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.dependencies())
                .containsExactly(new DependencyStatus("database", true), new DependencyStatus("redis", false));
    }

    private static ReadinessProbe probe(String name, boolean answers) {
        return new ReadinessProbe() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean answers() {
                return answers;
            }
        };
    }
}
