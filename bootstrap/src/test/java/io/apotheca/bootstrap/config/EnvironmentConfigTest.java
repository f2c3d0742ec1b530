package io.apotheca.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.shared.RateLimit;
import io.apotheca.domain.prescription.FillPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentConfigTest {

    @Test
    void nothing_configured_gives_the_documented_defaults() {
        ApothecaConfig config = EnvironmentConfig.parse(Map.of());

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.database()).isEmpty();
        assertThat(config.dataDir()).isEqualTo(Path.of(".apotheca"));
        assertThat(config.redisUrl()).isEmpty();
        assertThat(config.stripe()).isEmpty();
        assertThat(config.stripeApiBase()).hasToString("https://api.stripe.com");
        assertThat(config.unpaidOrderTtl()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.rxReviewTtl()).isEqualTo(Duration.ofDays(3));
        assertThat(config.minShelfLife()).isEqualTo(Duration.ofDays(30));
        assertThat(config.loginRateLimit()).isEqualTo(new RateLimit(10, Duration.ofMinutes(1)));
        assertThat(config.registerRateLimit()).isEqualTo(new RateLimit(5, Duration.ofHours(1)));
        assertThat(config.trustedProxies()).isEmpty();
        assertThat(config.requireEmailVerification()).isTrue();
        assertThat(config.demoData()).isFalse();
        assertThat(config.metricsToken()).isEmpty();
    }

    @Test
    void reads_every_variable() {
        ApothecaConfig config = EnvironmentConfig.parse(Map.ofEntries(
                Map.entry("PORT", "9090"),
                Map.entry("DATABASE_URL", "postgresql://shop:s3cret@db.internal:5433/pharmacy"),
                Map.entry("APOTHECA_DATA_DIR", "/var/lib/apotheca"),
                Map.entry("REDIS_URL", "redis://:pw@cache:6380/2"),
                Map.entry("APOTHECA_JWT_SECRET", "0123456789abcdef0123456789abcdef"),
                Map.entry("APOTHECA_ADMIN_EMAIL", "admin@pharmacy.example"),
                Map.entry("APOTHECA_ADMIN_PASSWORD", "correct horse battery"),
                Map.entry("STRIPE_SECRET_KEY", "sk_test_1"),
                Map.entry("STRIPE_WEBHOOK_SECRET", "whsec_1"),
                Map.entry("STRIPE_API_BASE", "http://127.0.0.1:12111"),
                Map.entry("APOTHECA_UNPAID_ORDER_TTL", "PT15M"),
                Map.entry("APOTHECA_RX_REVIEW_TTL", "P1D"),
                Map.entry("APOTHECA_MIN_SHELF_LIFE", "P60D"),
                Map.entry("APOTHECA_RATE_LIMIT_LOGIN", "20/30s"),
                Map.entry("APOTHECA_RATE_LIMIT_REGISTER", "3/2h"),
                Map.entry("APOTHECA_TRUSTED_PROXIES", "10.0.0.1, 192.168.0.0/16, ::1"),
                Map.entry("APOTHECA_SMTP_URL", "smtp://user:pass@mail:587?starttls=true"),
                Map.entry("APOTHECA_MAIL_FROM", "pharmacy@example.org"),
                Map.entry("APOTHECA_REQUIRE_EMAIL_VERIFICATION", "false"),
                Map.entry("APOTHECA_DEMO_DATA", "TRUE"),
                Map.entry("APOTHECA_METRICS_TOKEN", "scrape-me")));

        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.database()).hasValueSatisfying(db -> {
            assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5433/pharmacy");
            assertThat(db.username()).isEqualTo("shop");
            assertThat(db.password().value()).isEqualTo("s3cret");
        });
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/apotheca"));
        assertThat(config.redisUrl())
                .hasValueSatisfying(url -> assertThat(url.uri().getPort()).isEqualTo(6380));
        assertThat(config.firstAdmin())
                .hasValueSatisfying(admin -> assertThat(admin.email()).isEqualTo("admin@pharmacy.example"));
        assertThat(config.stripe()).isPresent();
        assertThat(config.stripeApiBase()).hasToString("http://127.0.0.1:12111");
        assertThat(config.unpaidOrderTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.rxReviewTtl()).isEqualTo(Duration.ofDays(1));
        assertThat(config.minShelfLife()).isEqualTo(Duration.ofDays(60));
        assertThat(config.loginRateLimit()).isEqualTo(new RateLimit(20, Duration.ofSeconds(30)));
        assertThat(config.registerRateLimit()).isEqualTo(new RateLimit(3, Duration.ofHours(2)));
        assertThat(config.trustedProxies()).containsExactly("10.0.0.1", "192.168.0.0/16", "::1");
        assertThat(config.smtpUrl()).isPresent();
        assertThat(config.mailFrom()).hasValue("pharmacy@example.org");
        assertThat(config.requireEmailVerification()).isFalse();
        assertThat(config.demoData()).isTrue();
        assertThat(config.metricsToken()).isPresent();
    }

    @Test
    void the_prescription_validity_and_the_share_of_a_supply_before_a_refill_are_read_and_checked() {
        assertThat(EnvironmentConfig.parse(Map.of()).fillRules()).isEqualTo(FillPolicy.Rules.DEFAULT);
        ApothecaConfig config =
                EnvironmentConfig.parse(Map.of("APOTHECA_RX_VALIDITY", "P6M", "APOTHECA_REFILL_MIN_ELAPSED", "80%"));
        assertThat(config.fillRules()).isEqualTo(new FillPolicy.Rules(Period.ofMonths(6), 80));
        assertThat(EnvironmentConfig.parse(Map.of("APOTHECA_REFILL_MIN_ELAPSED", "100"))
                        .fillRules()
                        .minElapsedPercent())
                .isEqualTo(100);

        InvalidConfigurationException refused = (InvalidConfigurationException)
                catchThrowable(Map.of("APOTHECA_RX_VALIDITY", "P3Y", "APOTHECA_REFILL_MIN_ELAPSED", "101"));
        assertThat(refused.problems())
                .anySatisfy(p -> assertThat(p).startsWith("APOTHECA_RX_VALIDITY "))
                .anySatisfy(p -> assertThat(p).startsWith("APOTHECA_REFILL_MIN_ELAPSED "));
        assertThat(catchThrowable(Map.of("APOTHECA_RX_VALIDITY", "a year"))).isNotNull();
        assertThat(catchThrowable(Map.of("APOTHECA_RX_VALIDITY", "P0D"))).isNotNull();
    }

    @Test
    void reads_the_jdbc_form_of_the_database_url_with_credentials_in_parameters() {
        ApothecaConfig config = EnvironmentConfig.parse(Map.of(
                "DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password=pw&sslmode=disable"));

        assertThat(config.database()).hasValueSatisfying(db -> {
            assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test?sslmode=disable");
            assertThat(db.username()).isEqualTo("postgres");
            assertThat(db.password().value()).isEqualTo("pw");
        });
    }

    @Test
    void a_database_url_of_another_kind_is_refused_by_name() {
        assertThatThrownBy(() -> EnvironmentConfig.parse(Map.of("DATABASE_URL", "mysql://x")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("DATABASE_URL ");
    }

    @Test
    void every_malformed_variable_is_reported_at_once_each_by_name() {
        InvalidConfigurationException refused = (InvalidConfigurationException) catchThrowable(Map.of(
                "PORT", "eighty",
                "REDIS_URL", "http://cache",
                "APOTHECA_JWT_SECRET", "too-short",
                "APOTHECA_UNPAID_ORDER_TTL", "30 minutes",
                "APOTHECA_RATE_LIMIT_LOGIN", "ten per minute",
                "APOTHECA_TRUSTED_PROXIES", "proxy.internal",
                "APOTHECA_DEMO_DATA", "yes",
                "STRIPE_SECRET_KEY", "sk_test_only"));

        assertThat(refused.problems())
                .anySatisfy(p -> assertThat(p).startsWith("PORT "))
                .anySatisfy(p -> assertThat(p).startsWith("REDIS_URL "))
                .anySatisfy(p -> assertThat(p).startsWith("APOTHECA_JWT_SECRET "))
                .anySatisfy(p -> assertThat(p).startsWith("APOTHECA_UNPAID_ORDER_TTL "))
                .anySatisfy(p -> assertThat(p).startsWith("APOTHECA_RATE_LIMIT_LOGIN "))
                .anySatisfy(p -> assertThat(p).startsWith("APOTHECA_TRUSTED_PROXIES "))
                .anySatisfy(p -> assertThat(p).startsWith("APOTHECA_DEMO_DATA "))
                .anySatisfy(p -> assertThat(p).contains("STRIPE_WEBHOOK_SECRET"))
                .hasSize(8);
    }

    @Test
    void half_an_admin_account_is_refused() {
        assertThatThrownBy(() -> EnvironmentConfig.parse(Map.of("APOTHECA_ADMIN_EMAIL", "admin@pharmacy.example")))
                .hasMessageContaining("APOTHECA_ADMIN_PASSWORD");
    }

    @Test
    void negative_durations_and_out_of_range_ports_are_refused() {
        assertThatThrownBy(() -> EnvironmentConfig.parse(Map.of("APOTHECA_RX_REVIEW_TTL", "-P1D")))
                .hasMessageStartingWith("APOTHECA_RX_REVIEW_TTL");
        assertThatThrownBy(() -> EnvironmentConfig.parse(Map.of("PORT", "70000")))
                .hasMessageStartingWith("PORT");
    }

    @Test
    void secrets_never_show_in_the_printed_configuration() {
        ApothecaConfig config = EnvironmentConfig.parse(Map.of(
                "DATABASE_URL", "postgresql://shop:s3cret@db:5432/pharmacy",
                "REDIS_URL", "redis://:redispw@cache:6379",
                "APOTHECA_JWT_SECRET", "jwt-secret-jwt-secret-jwt-secret-1",
                "STRIPE_SECRET_KEY", "sk_live_abc",
                "STRIPE_WEBHOOK_SECRET", "whsec_abc"));

        assertThat(config.toString()).doesNotContain("s3cret", "redispw", "jwt-secret", "sk_live_abc", "whsec_abc");
    }

    private static Throwable catchThrowable(Map<String, String> env) {
        try {
            EnvironmentConfig.parse(env);
            throw new AssertionError("expected the configuration to be refused");
        } catch (InvalidConfigurationException e) {
            return e;
        }
    }
}
