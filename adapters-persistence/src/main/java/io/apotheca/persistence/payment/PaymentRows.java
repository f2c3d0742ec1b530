package io.apotheca.persistence.payment;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.payment.PaymentDetails;
import io.apotheca.domain.payment.PaymentId;
import io.apotheca.domain.payment.PaymentMethod;
import io.apotheca.domain.payment.PaymentStatus;
import io.apotheca.domain.payment.Refund;
import io.apotheca.domain.payment.RefundId;
import io.apotheca.domain.payment.RefundStatus;
import io.apotheca.domain.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads rows of {@code payments} and {@code refunds} back into the domain's records: one mapper each. */
public final class PaymentRows {

    /** The columns {@link #payment} reads, qualified by {@code p}. */
    public static final String PAYMENT_COLUMNS = "p.id, p.order_id, p.attempt, p.method, p.amount_minor, p.currency, "
            + "p.provider_payment_id, p.status, p.last_failure, p.created_at, p.capture_minor, p.withdrawn_products";

    static final String REFUND_COLUMNS = "id, payment_id, order_id, amount_minor, currency, reason, status, "
            + "provider_refund_id, requested_by, created_at";

    private PaymentRows() {}

    public static Payment payment(ResultSet row, StatementContext ctx) throws SQLException {
        return Payment.of(
                new PaymentDetails(
                        new PaymentId(row.getObject("id", UUID.class)),
                        new OrderId(row.getObject("order_id", UUID.class)),
                        row.getInt("attempt"),
                        Money.of(
                                row.getLong("amount_minor"),
                                row.getString("currency").trim()),
                        instant(row, "created_at")),
                PaymentMethod.valueOf(row.getString("method")),
                PaymentStatus.valueOf(row.getString("status")),
                Optional.ofNullable(row.getString("provider_payment_id")),
                Optional.ofNullable(row.getString("last_failure")),
                capture(row));
    }

    /** The capture asked of an authorised card, when one was. */
    private static Optional<Payment.Capture> capture(ResultSet row) throws SQLException {
        long minor = row.getLong("capture_minor");
        if (row.wasNull()) {
            return Optional.empty();
        }
        UUID[] withdrawn = (UUID[]) row.getArray("withdrawn_products").getArray();
        return Optional.of(new Payment.Capture(
                Money.of(minor, row.getString("currency").trim()),
                Arrays.stream(withdrawn).map(ProductId::new).collect(Collectors.toSet())));
    }

    static Refund refund(ResultSet row, StatementContext ctx) throws SQLException {
        return Refund.of(
                new RefundId(row.getObject("id", UUID.class)),
                new PaymentId(row.getObject("payment_id", UUID.class)),
                new OrderId(row.getObject("order_id", UUID.class)),
                Money.of(row.getLong("amount_minor"), row.getString("currency").trim()),
                row.getString("reason"),
                RefundStatus.valueOf(row.getString("status")),
                Optional.ofNullable(row.getString("provider_refund_id")),
                Optional.ofNullable(row.getObject("requested_by", UUID.class)).map(UserId::new),
                instant(row, "created_at"));
    }

    /** A {@code timestamptz} column as an instant; null when the column is. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
