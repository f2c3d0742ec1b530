package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Download;
import io.apotheca.bootstrap.TestPharmacy.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /metrics} after a scenario: requests by route and status, the JVM, the pool, the business figures. */
class MetricsApiIT {

    private static final String TOKEN = "operators-" + UUID.randomUUID();

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy(Map.of("APOTHECA_METRICS_TOKEN", TOKEN));

    private static TestPharmacy pharmacy;

    @Test
    void after_a_scenario_the_metrics_show_requests_the_jvm_the_pool_and_the_business_figures() {
        String category = pharmacy.category("metrics");
        String syrup = pharmacy.product(category, "Cough syrup", 800, false);
        pharmacy.receive(syrup, "M-1", 400, 50);
        String amoxicillin = pharmacy.product(category, "Amoxicillin", 1250, true);
        pharmacy.receive(amoxicillin, "M-2", 400, 50);
        Account customer = pharmacy.customer();
        pharmacy.addToCart(customer, syrup, 1);
        String paid = pharmacy.checkout(customer).text("id");
        pharmacy.markPaid(customer, paid);
        Response refund = pharmacy.post(
                "/api/v1/orders/" + paid + "/refunds", pharmacy.admin().accessToken(), Map.of("reason", "damaged"));
        assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
        pharmacy.addToCart(customer, amoxicillin, 1);
        String waiting = pharmacy.checkout(customer).text("id");
        Response uploaded = pharmacy.upload(
                customer.accessToken(),
                waiting,
                "script.pdf",
                "application/pdf",
                "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(uploaded.status()).isEqualTo(201);

        // the business figures are read at most every 5 s: wait for a reading made after the scenario
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> value(scrape("Bearer " + TOKEN), "apotheca_prescriptions_waiting") == 1);
        String metrics = scrape("Bearer " + TOKEN);

        assertThat(metrics)
                .contains("http_server_requests_seconds_bucket{")
                .contains("route=\"/api/v1/orders\"")
                .contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections_active");
        assertThat(
                        value(
                                metrics,
                                "http_server_requests_seconds_count\\{method=\"POST\",route=\"/api/v1/orders\",status=\"201\"\\}"))
                .isGreaterThanOrEqualTo(2);
        assertThat(value(metrics, "apotheca_orders_placed")).isGreaterThanOrEqualTo(2);
        assertThat(value(metrics, "apotheca_prescriptions_waiting")).isEqualTo(1);
        assertThat(value(metrics, "apotheca_prescriptions_oldest_waiting_seconds"))
                .isGreaterThanOrEqualTo(0);
        assertThat(value(metrics, "apotheca_webhooks_processed")).isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "apotheca_refunds_succeeded")).isEqualTo(1);
        assertThat(metrics).contains("apotheca_holds_expired", "apotheca_webhooks_failing");
    }

    @Test
    void with_a_token_configured_the_metrics_ask_for_it() {
        Download none = pharmacy.download("/metrics", null);
        Download wrong = pharmacy.download("/metrics", null, "Authorization", "Bearer not-" + TOKEN);

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(scrape("Bearer " + TOKEN)).contains("jvm_memory_used_bytes");
    }

    private static String scrape(String authorization) {
        Download scraped = pharmacy.download("/metrics", null, "Authorization", authorization);
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        return new String(scraped.body(), StandardCharsets.UTF_8);
    }

    /** The value of the first sample whose name and labels match; NaN when there is none. */
    private static double value(String metrics, String sample) {
        Matcher found = Pattern.compile("(?m)^" + sample + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$")
                .matcher(metrics);
        return found.find() ? Double.parseDouble(found.group(1)) : Double.NaN;
    }
}
