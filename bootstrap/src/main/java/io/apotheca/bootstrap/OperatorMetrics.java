package io.apotheca.bootstrap;

import io.apotheca.application.operations.port.in.ReadBusinessFiguresUseCase;
import io.apotheca.application.operations.port.out.BusinessFigures.Figures;
import io.apotheca.bootstrap.config.Secret;
import io.apotheca.http.HttpMetrics;
import io.apotheca.persistence.PostgresPersistence;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The figures behind {@code /metrics}: the JVM, the connection pool, every request (timed by the
 * HTTP adapter), and the pharmacy's business figures, counted in the database at most every few
 * seconds however often Prometheus scrapes. They are gauges of the database's counts, the same on
 * every instance, so a restart never resets them.
 */
final class OperatorMetrics {

    /** How long one reading of the business figures serves scrapes. */
    static final Duration FIGURES_FRESHNESS = Duration.ofSeconds(5);

    private final ReadBusinessFiguresUseCase figures;
    private Figures last;
    private long lastReadNanos;

    private OperatorMetrics(ReadBusinessFiguresUseCase figures) {
        this.figures = figures;
    }

    static HttpMetrics start(
            PrometheusMeterRegistry registry,
            PostgresPersistence persistence,
            ReadBusinessFiguresUseCase figures,
            Optional<Secret> token,
            ShutdownSequence shutdown) {
        new JvmMemoryMetrics().bindTo(registry);
        shutdown.add(new JvmGcMetrics()).bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        persistence.reportPoolTo(registry);
        new OperatorMetrics(figures).bindTo(registry);
        DeliveryCounters.bindBacklog(registry, persistence.eventDeliveries());
        return new HttpMetrics(
                registry, registry::scrape, token.map(Secret::value), PostgresPersistence::statementsOnThisThread);
    }

    private void bindTo(MeterRegistry registry) {
        gauge(registry, "apotheca.orders.placed", "orders placed", Figures::ordersPlaced);
        gauge(
                registry,
                "apotheca.holds.expired",
                "orders cancelled when their hold ran out unpaid",
                Figures::holdsExpired);
        gauge(registry, "apotheca.webhooks.processed", "payment-provider events processed", Figures::webhooksProcessed);
        gauge(registry, "apotheca.refunds.succeeded", "refunds the provider confirmed", Figures::refundsSucceeded);
        gauge(registry, "apotheca.refunds.failed", "refunds the provider refused", Figures::refundsFailed);
        gauge(
                registry,
                "apotheca.webhooks.failing",
                "payment-provider events failing, not yet processed",
                Figures::webhooksFailing);
        gauge(
                registry,
                "apotheca.prescriptions.waiting",
                "prescriptions awaiting review",
                Figures::prescriptionsWaiting);
        Gauge.builder(
                        "apotheca.prescriptions.oldest.waiting",
                        this,
                        m -> m.figures().oldestWaitingSeconds())
                .description("how long the oldest prescription awaiting review has waited")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Figures> figure) {
        Gauge.builder(name, this, m -> figure.applyAsDouble(m.figures()))
                .description(description)
                .strongReference(true) // nothing else holds this; a weak reference would read NaN after a GC
                .register(registry);
    }

    /** The figures, read again once the last reading is older than {@link #FIGURES_FRESHNESS}. */
    private synchronized Figures figures() {
        long now = System.nanoTime();
        if (last == null || now - lastReadNanos > FIGURES_FRESHNESS.toNanos()) {
            last = figures.now();
            lastReadNanos = now;
        }
        return last;
    }
}
