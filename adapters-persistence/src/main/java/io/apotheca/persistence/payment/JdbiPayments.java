package io.apotheca.persistence.payment;

import io.apotheca.application.payment.port.out.Payments;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.payment.PaymentId;
import io.apotheca.domain.payment.Refund;
import io.apotheca.persistence.JdbiContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Payment attempts in {@code payments} (one row per order and attempt number, enforced by the
 * database) and refunds in {@code refunds}.
 */
public final class JdbiPayments implements Payments {

    private static final String PAYMENT = "SELECT " + PaymentRows.PAYMENT_COLUMNS + " FROM payments p ";
    private static final String REFUND = "SELECT " + PaymentRows.REFUND_COLUMNS + " FROM refunds ";

    private final JdbiContext db;

    public JdbiPayments(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(Payment payment) {
        db.with(h -> h.createUpdate("""
                        INSERT INTO payments (id, order_id, attempt, method, amount_minor, currency, provider_payment_id,
                                              status, last_failure, created_at, updated_at)
                        VALUES (:id, :order, :attempt, :method, :amount, :currency, :providerId, :status, :failure,
                                :createdAt, :createdAt)""")
                .bind("id", payment.id().value())
                .bind("order", payment.orderId().value())
                .bind("attempt", payment.attempt())
                .bind("method", payment.method().name())
                .bind("amount", payment.amount().minor())
                .bind("currency", payment.amount().currency().getCurrencyCode())
                .bind("providerId", payment.providerPaymentId().orElse(null))
                .bind("status", payment.status().name())
                .bind("failure", payment.lastFailure().orElse(null))
                .bind("createdAt", payment.createdAt().atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public void update(Payment payment) {
        db.with(h -> {
            var update = h.createUpdate("""
                        UPDATE payments SET provider_payment_id = COALESCE(:providerId, provider_payment_id),
                            status = :status, last_failure = :failure, amount_minor = :amount,
                            capture_minor = COALESCE(:capture, capture_minor),
                            withdrawn_products = COALESCE(CAST(:withdrawn AS uuid[]), withdrawn_products), updated_at = now()
                        WHERE id = :id""")
                    .bind("id", payment.id().value())
                    .bind("amount", payment.amount().minor())
                    .bind(
                            "capture",
                            payment instanceof Payment.CaptureRequested c
                                    ? c.capture().amount().minor()
                                    : null)
                    .bind("providerId", payment.providerPaymentId().orElse(null))
                    .bind("status", payment.status().name())
                    .bind("failure", payment.lastFailure().orElse(null));
            if (payment instanceof Payment.CaptureRequested c) {
                update.bindArray(
                        "withdrawn",
                        UUID.class,
                        c.capture().withdrawn().stream().map(ProductId::value).toArray());
            } else {
                update.bindNull("withdrawn", java.sql.Types.ARRAY);
            }
            return update.execute();
        });
    }

    @Override
    public void attachProviderId(PaymentId payment, String providerPaymentId) {
        int changed = db.with(h -> h.createUpdate("""
                        UPDATE payments SET provider_payment_id = :providerId, updated_at = now()
                        WHERE id = :id AND provider_payment_id IS NULL""")
                .bind("id", payment.value())
                .bind("providerId", providerPaymentId)
                .execute());
        if (changed == 0) {
            byId(payment)
                    .filter(p -> p.providerPaymentId().equals(Optional.of(providerPaymentId)))
                    .orElseThrow(() -> new IllegalStateException(
                            "payment " + payment + " is known to the provider under another id"));
        }
    }

    @Override
    public Optional<Payment> byId(PaymentId id) {
        return db.with(h -> h.createQuery(PAYMENT + "WHERE p.id = :id")
                .bind("id", id.value())
                .map(PaymentRows::payment)
                .findOne());
    }

    @Override
    public Optional<Payment> byProviderId(String providerPaymentId) {
        return db.with(h -> h.createQuery(PAYMENT + "WHERE p.provider_payment_id = :providerId")
                .bind("providerId", providerPaymentId)
                .map(PaymentRows::payment)
                .findOne());
    }

    @Override
    public List<Payment> ofOrder(OrderId order) {
        return db.with(h -> h.createQuery(PAYMENT + "WHERE p.order_id = :order ORDER BY p.attempt")
                .bind("order", order.value())
                .map(PaymentRows::payment)
                .list());
    }

    @Override
    public List<Payment> openButAbandoned(int limit) {
        return db.with(h -> h.createQuery(PAYMENT + """
                        JOIN orders o ON o.id = p.order_id
                        WHERE p.status IN ('REQUIRES_PAYMENT', 'AUTHORISED')
                          AND (o.status NOT IN ('AWAITING_PAYMENT', 'AWAITING_PRESCRIPTION')
                               OR EXISTS (SELECT 1 FROM payments later
                                          WHERE later.order_id = p.order_id AND later.attempt > p.attempt)
                               OR (p.status = 'AUTHORISED' AND o.status = 'AWAITING_PRESCRIPTION'
                                   AND EXISTS (SELECT 1 FROM prescriptions r
                                               WHERE r.order_id = o.id AND r.status = 'REJECTED')
                                   AND NOT EXISTS (SELECT 1 FROM prescriptions r
                                                   WHERE r.order_id = o.id AND r.status = 'PENDING_REVIEW')))
                        ORDER BY p.created_at LIMIT :limit""")
                .bind("limit", limit)
                .map(PaymentRows::payment)
                .list());
    }

    @Override
    public List<Payment> capturesAskedBefore(Instant before, int limit) {
        return db.with(h -> h.createQuery(PAYMENT + """
                        WHERE p.status = 'CAPTURE_REQUESTED' AND p.updated_at < :before
                        ORDER BY p.updated_at LIMIT :limit""")
                .bind("before", before.atOffset(ZoneOffset.UTC))
                .bind("limit", limit)
                .map(PaymentRows::payment)
                .list());
    }

    @Override
    public void addRefund(Refund refund) {
        db.with(h -> h.createUpdate("""
                        INSERT INTO refunds (id, payment_id, order_id, amount_minor, currency, reason, status,
                                             provider_refund_id, requested_by, created_at, updated_at)
                        VALUES (:id, :payment, :order, :amount, :currency, :reason, :status, :providerId, :by,
                                :createdAt, :createdAt)""")
                .bind("id", refund.id().value())
                .bind("payment", refund.paymentId().value())
                .bind("order", refund.orderId().value())
                .bind("amount", refund.amount().minor())
                .bind("currency", refund.amount().currency().getCurrencyCode())
                .bind("reason", refund.reason())
                .bind("status", refund.status().name())
                .bind("providerId", refund.providerRefundId().orElse(null))
                .bind("by", refund.requestedBy().map(u -> u.value()).orElse(null))
                .bind("createdAt", refund.createdAt().atOffset(ZoneOffset.UTC))
                .execute());
    }

    @Override
    public void updateRefund(Refund refund) {
        db.with(h -> h.createUpdate("""
                        UPDATE refunds SET status = :status,
                            provider_refund_id = COALESCE(:providerId, provider_refund_id), updated_at = now()
                        WHERE id = :id""")
                .bind("id", refund.id().value())
                .bind("status", refund.status().name())
                .bind("providerId", refund.providerRefundId().orElse(null))
                .execute());
    }

    @Override
    public List<Refund> refundsOf(OrderId order) {
        return db.with(h -> h.createQuery(REFUND + "WHERE order_id = :order ORDER BY created_at, id")
                .bind("order", order.value())
                .map(PaymentRows::refund)
                .list());
    }

    @Override
    public Optional<Refund> refundByProviderId(String providerRefundId) {
        return db.with(h -> h.createQuery(REFUND + "WHERE provider_refund_id = :providerId")
                .bind("providerId", providerRefundId)
                .map(PaymentRows::refund)
                .findOne());
    }

    @Override
    public List<Refund> unanswered(Instant before, int limit) {
        return db.with(h -> h.createQuery(
                        REFUND + "WHERE status = 'REQUESTED' AND created_at < :before ORDER BY created_at LIMIT :limit")
                .bind("before", before.atOffset(ZoneOffset.UTC))
                .bind("limit", limit)
                .map(PaymentRows::refund)
                .list());
    }
}
