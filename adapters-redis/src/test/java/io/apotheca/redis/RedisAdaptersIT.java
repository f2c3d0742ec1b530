package io.apotheca.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.testsupport.RedisExtension;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisAdaptersIT {

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();

    @Test
    void the_probe_sees_a_real_redis_answer() {
        try (RedisAdapters adapters = RedisAdapters.connect(
                new RedisSettings(URI.create(redis.redis().url()), redis.redis().keyPrefix()))) {
            assertThat(adapters.readinessProbe().answers()).isTrue();
            assertThat(adapters.readinessProbe().name()).isEqualTo("redis");
        }
    }

    @Test
    void the_probe_reports_an_absent_redis_as_down_without_throwing() {
        try (RedisAdapters adapters =
                RedisAdapters.connect(new RedisSettings(URI.create("redis://127.0.0.1:1"), "absent:"))) {
            assertThat(adapters.readinessProbe().answers()).isFalse();
        }
    }
}
