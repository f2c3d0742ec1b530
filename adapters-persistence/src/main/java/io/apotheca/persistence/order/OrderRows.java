package io.apotheca.persistence.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apotheca.application.order.port.out.Orders.PaymentSummary;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.inventory.LotNumber;
import io.apotheca.domain.order.CancellationReason;
import io.apotheca.domain.order.DispensedLot;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderDetails;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.OrderStatus;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.order.ShippingAddress;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.pricing.ShippingCharge;
import io.apotheca.domain.pricing.ShippingOptionId;
import io.apotheca.domain.pricing.TaxCategory;
import io.apotheca.domain.pricing.TaxRate;
import io.apotheca.domain.shared.Money;
import io.apotheca.persistence.payment.PaymentRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Rows of {@code orders} and {@code order_lines}, and the latest payment of each, read back into
 * the domain's records: one mapper each. A line's lots and an order's address are kept as JSON.
 */
public final class OrderRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OrderRows() {}

    /** A lot as stored in a line's {@code lots} JSON. */
    record LotJson(String lot, String expiryDate, int quantity) {}

    /** One order line, keyed by its order. */
    static Map.Entry<UUID, OrderLine> line(ResultSet row, StatementContext ctx) throws SQLException {
        String currency = row.getString("currency").trim();
        return Map.entry(
                row.getObject("order_id", UUID.class),
                new OrderLine(
                        new ProductId(row.getObject("product_id", UUID.class)),
                        row.getString("name"),
                        Quantity.of(row.getInt("quantity")),
                        Money.of(row.getLong("unit_price_minor"), currency),
                        row.getBoolean("requires_prescription"),
                        TaxCategory.valueOf(row.getString("tax_category")),
                        new TaxRate(row.getBigDecimal("tax_rate")),
                        Money.of(row.getLong("tax_minor"), currency),
                        lots(row.getString("lots"))));
    }

    /** An order's latest payment attempt, and what has been given back of it. */
    static PaymentSummary paymentSummary(ResultSet row, StatementContext ctx) throws SQLException {
        Payment latest = PaymentRows.payment(row, ctx);
        return new PaymentSummary(
                latest, new Money(row.getLong("refunded_minor"), latest.amount().currency()));
    }

    /**
     * One row of {@code orders}: the columns of every step, read once; the order's lines are read
     * apart and joined in by {@link #state}.
     */
    record OrderRow(
            UUID id,
            UserId customer,
            OrderStatus status,
            Instant placedAt,
            Instant holdExpiresAt,
            String paymentReference,
            Instant paidAt,
            Instant confirmedAt,
            Instant fulfilledAt,
            Instant shippedAt,
            Instant deliveredAt,
            Instant cancelledAt,
            String cancellationReason,
            Instant refundedAt,
            String refundedFrom,
            Optional<ShippingOptionId> shippingOption,
            String shippingName,
            long shippingMinor,
            boolean freeShipping,
            ShippingAddress address,
            List<PrescriptionId> prescriptions) {

        static OrderRow read(ResultSet row, StatementContext ctx) throws SQLException {
            UUID[] prescriptionIds = (UUID[]) row.getArray("prescription_ids").getArray();
            return new OrderRow(
                    row.getObject("id", UUID.class),
                    new UserId(row.getObject("customer_id", UUID.class)),
                    OrderStatus.valueOf(row.getString("status")),
                    PaymentRows.instant(row, "placed_at"),
                    PaymentRows.instant(row, "hold_expires_at"),
                    row.getString("payment_reference"),
                    PaymentRows.instant(row, "paid_at"),
                    PaymentRows.instant(row, "confirmed_at"),
                    PaymentRows.instant(row, "fulfilled_at"),
                    PaymentRows.instant(row, "shipped_at"),
                    PaymentRows.instant(row, "delivered_at"),
                    PaymentRows.instant(row, "cancelled_at"),
                    row.getString("cancellation_reason"),
                    PaymentRows.instant(row, "refunded_at"),
                    row.getString("refunded_from"),
                    Optional.ofNullable(row.getObject("shipping_option_id", UUID.class))
                            .map(ShippingOptionId::new),
                    row.getString("shipping_name"),
                    row.getLong("shipping_minor"),
                    row.getBoolean("shipping_free_over_threshold"),
                    OrderRows.address(row.getString("shipping_address")),
                    Arrays.stream(prescriptionIds).map(PrescriptionId::new).toList());
        }

        ShippingCharge shipping(Currency currency) {
            return new ShippingCharge(shippingOption, shippingName, new Money(shippingMinor, currency), freeShipping);
        }

        Order state(OrderDetails d) {
            boolean confirmed = confirmedAt != null;
            return switch (status) {
                case AWAITING_PRESCRIPTION -> new Order.AwaitingPrescription(d, holdExpiresAt);
                case AWAITING_PAYMENT -> new Order.AwaitingPayment(d, holdExpiresAt);
                case PAID -> new Order.Paid(d, paymentReference, paidAt);
                case CONFIRMED -> new Order.Confirmed(d, confirmedAt);
                case FULFILLED -> new Order.Fulfilled(d, fulfilledAt, confirmed);
                case SHIPPED -> new Order.Shipped(d, shippedAt, confirmed);
                case DELIVERED -> new Order.Delivered(d, deliveredAt, confirmed);
                case CANCELLED ->
                    new Order.Cancelled(
                            d, CancellationReason.valueOf(cancellationReason.toUpperCase(Locale.ROOT)), cancelledAt);
                case REFUNDED -> new Order.Refunded(d, refundedAt, OrderStatus.valueOf(refundedFrom));
            };
        }
    }

    /** The lots of an order line's {@code lots} JSON. */
    public static List<DispensedLot> lots(String json) {
        try {
            List<LotJson> lots = JSON.readValue(json, new TypeReference<List<LotJson>>() {});
            return lots.stream()
                    .map(l -> new DispensedLot(new LotNumber(l.lot()), LocalDate.parse(l.expiryDate()), l.quantity()))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable lots of an order line", e);
        }
    }

    static ShippingAddress address(String json) {
        try {
            return JSON.readValue(json, ShippingAddress.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable shipping address", e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not writable as JSON", e);
        }
    }
}
