package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.RedisExtension;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Login and registration rate limits per client address: 429 with Retry-After. */
class RateLimitApiIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();

    @TempDir
    Path dataDir;

    @Test
    void the_fourth_login_in_a_minute_is_429_with_retry_after_in_process() {
        try (TestPharmacy pharmacy =
                TestPharmacy.start(postgres.database(), dataDir, Map.of("APOTHECA_RATE_LIMIT_LOGIN", "3/1m"))) {
            for (int i = 0; i < 3; i++) {
                assertThat(wrongLogin(pharmacy).status()).isEqualTo(401);
            }
            Response limited = wrongLogin(pharmacy);

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.code()).isEqualTo("rate_limited");
            assertThat(limited.headers().firstValue("Retry-After"))
                    .hasValueSatisfying(
                            seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        }
    }

    @Test
    void guessing_the_current_password_with_a_stolen_token_is_rate_limited() {
        try (TestPharmacy pharmacy =
                TestPharmacy.start(postgres.database(), dataDir, Map.of("APOTHECA_RATE_LIMIT_LOGIN", "3/1m"))) {
            TestPharmacy.Account victim = pharmacy.customer();
            Map<String, String> guess =
                    Map.of("currentPassword", "is it this one?", "newPassword", "a brand new passphrase");
            for (int i = 0; i < 3; i++) {
                assertThat(pharmacy.patch("/api/v1/users/me", victim.accessToken(), guess)
                                .status())
                        .isEqualTo(400);
            }

            Response limited = pharmacy.patch("/api/v1/users/me", victim.accessToken(), guess);

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void with_redis_two_instances_share_the_registration_buckets() {
        Map<String, String> env = Map.of(
                "REDIS_URL", redis.redis().url(),
                "APOTHECA_REDIS_KEY_PREFIX", redis.redis().keyPrefix(),
                "APOTHECA_RATE_LIMIT_REGISTER", "2/1h");
        try (TestPharmacy first = TestPharmacy.start(postgres.database(), dataDir, env);
                TestPharmacy second = TestPharmacy.start(postgres.database(), dataDir, env)) {
            assertThat(register(first).status()).isEqualTo(201);
            assertThat(register(second).status()).isEqualTo(201);

            Response limited = register(first);

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void x_forwarded_for_counts_only_from_a_trusted_proxy() {
        try (TestPharmacy pharmacy = TestPharmacy.start(
                postgres.database(),
                dataDir,
                Map.of("APOTHECA_RATE_LIMIT_LOGIN", "1/1m", "APOTHECA_TRUSTED_PROXIES", "127.0.0.1"))) {
            assertThat(wrongLogin(pharmacy, "203.0.113.1").status()).isEqualTo(401);
            assertThat(wrongLogin(pharmacy, "203.0.113.2").status())
                    .as("another client behind the proxy")
                    .isEqualTo(401);
            assertThat(wrongLogin(pharmacy, "203.0.113.1").status()).isEqualTo(429);
            Response spoofed = pharmacy.sendWithHeaders(
                    "POST",
                    "/api/v1/auth/login",
                    Map.of("email", "someone@apotheca.test", "password", "wrong password here"),
                    "X-Forwarded-For",
                    "198.51.100.99",
                    "X-Forwarded-For",
                    "203.0.113.1");
            assertThat(spoofed.status())
                    .as("a client-written first header does not hide the proxy's")
                    .isEqualTo(429);
        }
        try (TestPharmacy untrusting =
                TestPharmacy.start(postgres.database(), dataDir, Map.of("APOTHECA_RATE_LIMIT_LOGIN", "1/1m"))) {
            assertThat(wrongLogin(untrusting, "203.0.113.1").status()).isEqualTo(401);
            assertThat(wrongLogin(untrusting, "203.0.113.2").status())
                    .as("a forged header changes nothing")
                    .isEqualTo(429);
        }
    }

    private static Response wrongLogin(TestPharmacy pharmacy) {
        return pharmacy.post(
                "/api/v1/auth/login",
                null,
                Map.of("email", "someone@apotheca.test", "password", "wrong password here"));
    }

    private static Response wrongLogin(TestPharmacy pharmacy, String forwardedFor) {
        return pharmacy.sendWithHeader(
                "POST",
                "/api/v1/auth/login",
                Map.of("email", "someone@apotheca.test", "password", "wrong password here"),
                "X-Forwarded-For",
                forwardedFor);
    }

    private static Response register(TestPharmacy pharmacy) {
        return pharmacy.post(
                "/api/v1/auth/register",
                null,
                Map.of(
                        "email",
                        TestPharmacy.uniqueEmail("limited"),
                        "password",
                        TestPharmacy.PASSWORD,
                        "fullName",
                        "Rita Limited"));
    }
}
