package io.apotheca.domain.order;

import io.apotheca.domain.catalog.ProductId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An order, one type per state. Each record offers only the transitions its state allows, each
 * returning the next state's type.
 */
public sealed interface Order {

    OrderDetails details();

    OrderStatus status();

    default OrderId id() {
        return details().id();
    }

    /**
     * Places an order: it waits for its prescription when any line needs one, else for payment, and
     * holds its stock until the matching time-to-live runs out.
     */
    static Open place(OrderDetails details, Instant now, Duration unpaidTtl, Duration prescriptionTtl) {
        return details.requiresPrescription()
                ? new AwaitingPrescription(details, now.plus(prescriptionTtl))
                : new AwaitingPayment(details, now.plus(unpaidTtl));
    }

    /**
     * Places an order whose prescription-only lines, if any, are all covered by prescriptions the
     * patient has on file: it waits for payment at once.
     */
    static AwaitingPayment placeCoveredFromFile(OrderDetails details, Instant now, Duration unpaidTtl) {
        return new AwaitingPayment(details, now.plus(unpaidTtl));
    }

    /** Placed but not yet paid or confirmed: it holds stock until {@code holdExpiresAt}, and may be cancelled. */
    sealed interface Open extends Order {

        Instant holdExpiresAt();

        default boolean holdExpiredAt(Instant now) {
            return !now.isBefore(holdExpiresAt());
        }

        default Cancelled cancel(CancellationReason reason, Instant at) {
            return new Cancelled(details(), reason, at);
        }

        /** The same order, holding its stock until {@code until} instead. */
        Open holdUntil(Instant until);

        /**
         * A card authorised for it was charged at dispensing (as the provider's verified webhook
         * says): the order is paid for its kept lines, and the {@code withdrawn} ones leave it, never
         * charged and never dispensed. Its prescriptions were checked when the capture was asked.
         */
        default Paid paidOnCapture(Set<ProductId> withdrawn, String paymentReference, Instant at) {
            return new Paid(details().withdrawing(withdrawn), paymentReference, at);
        }
    }

    /** Paid by card or confirmed for cash on delivery: ready to be dispensed. */
    sealed interface Fulfillable extends Order {

        boolean cashOnDelivery();

        /**
         * A recall left too little sellable stock to serve it: it is called off before it is
         * dispensed (what was paid is refunded in full by the caller).
         */
        default Cancelled cancelForRecall(Instant at) {
            return new Cancelled(details(), CancellationReason.STOCK_RECALLED, at);
        }

        /**
         * Records the lots each line was dispensed from, first expiry first out.
         *
         * @param dispensed for every line's product, the lots its units came from
         */
        default Fulfilled fulfil(Map<ProductId, List<DispensedLot>> dispensed, Instant at) {
            List<OrderLine> lines = details().lines().stream()
                    .map(line -> {
                        List<DispensedLot> lots = dispensed.get(line.productId());
                        if (lots == null) {
                            throw new IllegalArgumentException("no lots dispensed for product " + line.productId());
                        }
                        return line.dispensedFrom(lots);
                    })
                    .toList();
            return new Fulfilled(details().withLines(lines), at, cashOnDelivery());
        }
    }

    /**
     * Money was received for it (by card, or in cash at delivery), so it may be refunded in full,
     * which ends its life as {@link Refunded}.
     */
    sealed interface Refundable extends Order {

        default Refunded refund(Instant at) {
            return new Refunded(details(), at, status());
        }
    }

    record AwaitingPrescription(OrderDetails details, Instant holdExpiresAt) implements Open {

        public AwaitingPrescription {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(holdExpiresAt, "holdExpiresAt");
        }

        @Override
        public OrderStatus status() {
            return OrderStatus.AWAITING_PRESCRIPTION;
        }

        /** Every prescription-only line is covered: the order may now be paid, with a fresh hold. */
        public AwaitingPayment prescriptionsApproved(Instant now, Duration unpaidTtl) {
            return new AwaitingPayment(details, now.plus(unpaidTtl));
        }

        /**
         * Every prescription-only line is covered, and a card is already authorised for it: the hold
         * stays as the authorisation set it.
         */
        public AwaitingPayment prescriptionsApprovedAfterAuthorisation() {
            return new AwaitingPayment(details, holdExpiresAt);
        }

        @Override
        public AwaitingPrescription holdUntil(Instant until) {
            return new AwaitingPrescription(details, until);
        }
    }

    record AwaitingPayment(OrderDetails details, Instant holdExpiresAt) implements Open {

        public AwaitingPayment {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(holdExpiresAt, "holdExpiresAt");
        }

        @Override
        public OrderStatus status() {
            return OrderStatus.AWAITING_PAYMENT;
        }

        @Override
        public AwaitingPayment holdUntil(Instant until) {
            return new AwaitingPayment(details, until);
        }

        /** The card payment succeeded (as Stripe's verified webhook says). */
        public Paid paid(String paymentReference, Instant at) {
            return new Paid(details, paymentReference, at);
        }

        /** The customer will pay cash on delivery. */
        public Confirmed confirmCashOnDelivery(Instant at) {
            return new Confirmed(details, at);
        }
    }

    record Paid(OrderDetails details, String paymentReference, Instant paidAt) implements Fulfillable, Refundable {

        public Paid {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(paymentReference, "paymentReference");
            Objects.requireNonNull(paidAt, "paidAt");
        }

        @Override
        public OrderStatus status() {
            return OrderStatus.PAID;
        }

        @Override
        public boolean cashOnDelivery() {
            return false;
        }
    }

    record Confirmed(OrderDetails details, Instant confirmedAt) implements Fulfillable {

        public Confirmed {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(confirmedAt, "confirmedAt");
        }

        @Override
        public OrderStatus status() {
            return OrderStatus.CONFIRMED;
        }

        @Override
        public boolean cashOnDelivery() {
            return true;
        }

        /** Staff call off a cash-on-delivery order before it is dispensed; nothing was paid. */
        public Cancelled cancelByStaff(Instant at) {
            return new Cancelled(details, CancellationReason.STAFF, at);
        }
    }

    record Fulfilled(OrderDetails details, Instant fulfilledAt, boolean cashOnDelivery) implements Refundable {

        @Override
        public OrderStatus status() {
            return OrderStatus.FULFILLED;
        }

        public Shipped ship(Instant at) {
            return new Shipped(details, at, cashOnDelivery);
        }
    }

    record Shipped(OrderDetails details, Instant shippedAt, boolean cashOnDelivery) implements Refundable {

        @Override
        public OrderStatus status() {
            return OrderStatus.SHIPPED;
        }

        /** Handed to the patient; for cash on delivery, that is when the cash is collected. */
        public Delivered deliver(Instant at) {
            return new Delivered(details, at, cashOnDelivery);
        }
    }

    record Delivered(OrderDetails details, Instant deliveredAt, boolean cashCollected) implements Refundable {

        @Override
        public OrderStatus status() {
            return OrderStatus.DELIVERED;
        }
    }

    record Cancelled(OrderDetails details, CancellationReason reason, Instant cancelledAt) implements Order {

        @Override
        public OrderStatus status() {
            return OrderStatus.CANCELLED;
        }
    }

    /**
     * Everything received was given back. Nothing dispensed returns to sale.
     *
     * @param refundedFrom the state it was in when the last refund was accepted
     */
    record Refunded(OrderDetails details, Instant refundedAt, OrderStatus refundedFrom) implements Order {

        public Refunded {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(refundedAt, "refundedAt");
            Objects.requireNonNull(refundedFrom, "refundedFrom");
        }

        @Override
        public OrderStatus status() {
            return OrderStatus.REFUNDED;
        }
    }
}
