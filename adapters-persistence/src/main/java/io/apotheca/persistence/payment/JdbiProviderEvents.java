package io.apotheca.persistence.payment;

import io.apotheca.application.payment.port.out.ProviderEvent;
import io.apotheca.application.payment.port.out.ProviderEvents;
import io.apotheca.domain.shared.Money;
import io.apotheca.persistence.JdbiContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provider's events in {@code provider_events}, keyed by the provider's event id so a
 * redelivery finds the row it already has. Only the fields Apotheca acts on are kept, not the raw
 * body (which may carry the payer's details).
 */
public final class JdbiProviderEvents implements ProviderEvents {

    private final JdbiContext db;

    public JdbiProviderEvents(JdbiContext db) {
        this.db = db;
    }

    @Override
    public boolean record(ProviderEvent event, Instant at) {
        return db.with(h -> h.createUpdate("""
                                INSERT INTO provider_events (id, type, created_at, provider_payment_id, payment_id,
                                    provider_refund_id, amount_minor, currency, status, failure, received_at, retry_at)
                                VALUES (:id, :type, :createdAt, :providerPaymentId, :paymentId, :providerRefundId,
                                    :amount, :currency, :status, :failure, :at, :at + interval '30 seconds')
                                ON CONFLICT (id) DO NOTHING""")
                        .bind("id", event.id())
                        .bind("type", event.type())
                        .bind("createdAt", event.createdAt().atOffset(ZoneOffset.UTC))
                        .bind("providerPaymentId", event.providerPaymentId().orElse(null))
                        .bind("paymentId", event.paymentId().orElse(null))
                        .bind("providerRefundId", event.providerRefundId().orElse(null))
                        .bind("amount", event.amount().map(Money::minor).orElse(null))
                        .bind(
                                "currency",
                                event.amount()
                                        .map(m -> m.currency().getCurrencyCode())
                                        .orElse(null))
                        .bind("status", event.status().orElse(null))
                        .bind("failure", event.failure().orElse(null))
                        .bind("at", at.atOffset(ZoneOffset.UTC))
                        .execute())
                == 1;
    }

    @Override
    public Optional<Pending> pending(String eventId) {
        return db.with(h -> h.createQuery("SELECT * FROM provider_events WHERE id = :id AND processed_at IS NULL")
                .bind("id", eventId)
                .mapToMap()
                .findOne()
                .map(JdbiProviderEvents::pendingOf));
    }

    private static Pending pendingOf(Map<String, Object> row) {
        Long amount = (Long) row.get("amount_minor");
        String currency = (String) row.get("currency");
        return new Pending(
                new ProviderEvent(
                        (String) row.get("id"),
                        (String) row.get("type"),
                        PaymentRows.instant(row.get("created_at")),
                        Optional.ofNullable((String) row.get("provider_payment_id")),
                        Optional.ofNullable((String) row.get("payment_id")),
                        Optional.ofNullable((String) row.get("provider_refund_id")),
                        amount == null || currency == null
                                ? Optional.empty()
                                : Optional.of(Money.of(amount, currency.trim())),
                        Optional.ofNullable((String) row.get("status")),
                        Optional.ofNullable((String) row.get("failure"))),
                (Integer) row.get("attempts"));
    }

    @Override
    public boolean markProcessed(String eventId, Instant at) {
        return db.with(h -> h.createUpdate(
                                "UPDATE provider_events SET processed_at = :at WHERE id = :id AND processed_at IS NULL")
                        .bind("id", eventId)
                        .bind("at", at.atOffset(ZoneOffset.UTC))
                        .execute())
                == 1;
    }

    @Override
    public void markFailed(String eventId, String error, Instant at, Instant retryAt) {
        db.with(h -> h.createUpdate("""
                        UPDATE provider_events SET attempts = attempts + 1, last_error = :error, retry_at = :retryAt
                        WHERE id = :id AND processed_at IS NULL""")
                .bind("id", eventId)
                .bind("error", error)
                .bind("retryAt", retryAt.atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public List<String> due(Instant now, int limit) {
        return db.with(h -> h.createQuery("""
                        SELECT id FROM provider_events WHERE processed_at IS NULL AND retry_at <= :now
                        ORDER BY received_at LIMIT :limit""")
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .bind("limit", limit)
                .mapTo(String.class)
                .list());
    }
}
