package io.apotheca.persistence.payment;

import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.payment.PaymentId;
import io.apotheca.domain.payment.PaymentMethod;
import io.apotheca.domain.payment.PaymentStatus;
import io.apotheca.domain.payment.Refund;
import io.apotheca.domain.payment.RefundId;
import io.apotheca.domain.payment.RefundStatus;
import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Turns rows of {@code payments} and {@code refunds} (read as maps) back into the domain's records. */
public final class PaymentRows {

    /** The columns {@link #payment} reads, qualified by {@code p}. */
    public static final String PAYMENT_COLUMNS = "p.id, p.order_id, p.attempt, p.method, p.amount_minor, p.currency, "
            + "p.provider_payment_id, p.status, p.last_failure, p.created_at";

    static final String REFUND_COLUMNS = "id, payment_id, order_id, amount_minor, currency, reason, status, "
            + "provider_refund_id, requested_by, created_at";

    private PaymentRows() {}

    public static Payment payment(Map<String, Object> row) {
        return new Payment(
                new PaymentId((UUID) row.get("id")),
                new OrderId((UUID) row.get("order_id")),
                (Integer) row.get("attempt"),
                PaymentMethod.valueOf((String) row.get("method")),
                Money.of((Long) row.get("amount_minor"), ((String) row.get("currency")).trim()),
                Optional.ofNullable((String) row.get("provider_payment_id")),
                PaymentStatus.valueOf((String) row.get("status")),
                Optional.ofNullable((String) row.get("last_failure")),
                instant(row.get("created_at")));
    }

    static Refund refund(Map<String, Object> row) {
        return new Refund(
                new RefundId((UUID) row.get("id")),
                new PaymentId((UUID) row.get("payment_id")),
                new OrderId((UUID) row.get("order_id")),
                Money.of((Long) row.get("amount_minor"), ((String) row.get("currency")).trim()),
                (String) row.get("reason"),
                RefundStatus.valueOf((String) row.get("status")),
                Optional.ofNullable((String) row.get("provider_refund_id")),
                Optional.ofNullable((UUID) row.get("requested_by")).map(UserId::new),
                instant(row.get("created_at")));
    }

    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value);
    }
}
