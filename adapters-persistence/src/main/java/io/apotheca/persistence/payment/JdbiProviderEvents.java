package io.apotheca.persistence.payment;

import io.apotheca.application.payment.port.out.ProviderEvent;
import io.apotheca.application.payment.port.out.ProviderEvent.NothingToDo;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentCanceled;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentFailed;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentReference;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentSucceeded;
import io.apotheca.application.payment.port.out.ProviderEvent.RefundChanged;
import io.apotheca.application.payment.port.out.ProviderEvents;
import io.apotheca.domain.payment.RefundStatus;
import io.apotheca.domain.shared.Money;
import io.apotheca.persistence.JdbiContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The provider's events in {@code provider_events}, keyed by the provider's event id so a
 * redelivery finds the row it already has. Only the fields Apotheca acts on are kept, not the raw
 * body (which may carry the payer's details).
 */
public final class JdbiProviderEvents implements ProviderEvents {

    private static final String PAYMENT_SUCCEEDED = "payment_succeeded";
    private static final String PAYMENT_FAILED = "payment_failed";
    private static final String PAYMENT_CANCELED = "payment_canceled";
    private static final String PAYMENT_AUTHORISED = "payment_authorised";
    private static final String REFUND_CHANGED = "refund_changed";
    private static final String NOTHING_TO_DO = "nothing_to_do";

    private final JdbiContext db;

    public JdbiProviderEvents(JdbiContext db) {
        this.db = db;
    }

    @Override
    public boolean record(ProviderEvent event, Instant at) {
        Columns columns = Columns.of(event);
        return db.with(h -> h.createUpdate("""
                                INSERT INTO provider_events (id, type, created_at, provider_payment_id, payment_id,
                                    provider_refund_id, amount_minor, currency, status, failure, note, received_at,
                                    retry_at)
                                VALUES (:id, :type, :createdAt, :providerPaymentId, :paymentId, :providerRefundId,
                                    :amount, :currency, :status, :failure, :note, :at, :at + interval '30 seconds')
                                ON CONFLICT (id) DO NOTHING""")
                        .bind("id", event.id())
                        .bind("type", columns.kind())
                        .bind("createdAt", event.createdAt().atOffset(ZoneOffset.UTC))
                        .bind(
                                "providerPaymentId",
                                columns.payment().providerPaymentId().orElse(null))
                        .bind("paymentId", columns.payment().paymentId().orElse(null))
                        .bind("providerRefundId", columns.providerRefundId())
                        .bind("amount", columns.amount().map(Money::minor).orElse(null))
                        .bind(
                                "currency",
                                columns.amount()
                                        .map(m -> m.currency().getCurrencyCode())
                                        .orElse(null))
                        .bind("status", columns.status())
                        .bind("failure", columns.failure())
                        .bind("note", columns.note())
                        .bind("at", at.atOffset(ZoneOffset.UTC))
                        .execute())
                == 1;
    }

    @Override
    public Optional<Pending> pending(String eventId) {
        return db.with(h -> h.createQuery("SELECT * FROM provider_events WHERE id = :id AND processed_at IS NULL")
                .bind("id", eventId)
                .map(JdbiProviderEvents::pendingOf)
                .findOne());
    }

    private static Pending pendingOf(ResultSet row, StatementContext ctx) throws SQLException {
        String id = row.getString("id");
        Instant createdAt = row.getObject("created_at", OffsetDateTime.class).toInstant();
        PaymentReference payment = new PaymentReference(
                Optional.ofNullable(row.getString("provider_payment_id")),
                Optional.ofNullable(row.getString("payment_id")));
        long minor = row.getLong("amount_minor");
        Optional<Money> amount = row.wasNull() || row.getString("currency") == null
                ? Optional.empty()
                : Optional.of(Money.of(minor, row.getString("currency").trim()));
        String kind = row.getString("type");
        ProviderEvent event = switch (kind) {
            case PAYMENT_SUCCEEDED -> new PaymentSucceeded(id, createdAt, payment, amount);
            case PAYMENT_FAILED -> new PaymentFailed(id, createdAt, payment, row.getString("failure"));
            case PAYMENT_CANCELED -> new PaymentCanceled(id, createdAt, payment);
            case PAYMENT_AUTHORISED -> new ProviderEvent.PaymentAuthorised(id, createdAt, payment, amount);
            case REFUND_CHANGED ->
                new RefundChanged(
                        id,
                        createdAt,
                        row.getString("provider_refund_id"),
                        RefundStatus.valueOf(row.getString("status")),
                        payment,
                        amount);
            case NOTHING_TO_DO -> new NothingToDo(id, createdAt, row.getString("note"));
            default -> throw new IllegalStateException("provider event " + id + " of unknown kind " + kind);
        };
        return new Pending(event, row.getInt("attempts"));
    }

    /** The columns one kind of event fills; the others stay empty. */
    private record Columns(
            String kind,
            PaymentReference payment,
            String providerRefundId,
            Optional<Money> amount,
            String status,
            String failure,
            String note) {

        private static final PaymentReference NONE = new PaymentReference(Optional.empty(), Optional.empty());

        static Columns of(ProviderEvent event) {
            if (event instanceof PaymentSucceeded e) {
                return new Columns(PAYMENT_SUCCEEDED, e.payment(), null, e.received(), null, null, null);
            } else if (event instanceof PaymentFailed e) {
                return new Columns(PAYMENT_FAILED, e.payment(), null, Optional.empty(), null, e.failure(), null);
            } else if (event instanceof ProviderEvent.PaymentAuthorised e) {
                return new Columns(PAYMENT_AUTHORISED, e.payment(), null, e.authorised(), null, null, null);
            } else if (event instanceof PaymentCanceled e) {
                return new Columns(PAYMENT_CANCELED, e.payment(), null, Optional.empty(), null, null, null);
            } else if (event instanceof RefundChanged e) {
                return new Columns(
                        REFUND_CHANGED,
                        e.payment(),
                        e.providerRefundId(),
                        e.amount(),
                        e.status().name(),
                        null,
                        null);
            } else if (event instanceof NothingToDo e) {
                return new Columns(NOTHING_TO_DO, NONE, null, Optional.empty(), null, null, e.why());
            }
            throw new IllegalArgumentException("a provider event of no known kind: " + event);
        }
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
