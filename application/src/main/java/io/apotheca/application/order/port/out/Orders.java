package io.apotheca.application.order.port.out;

import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderStatus;
import io.apotheca.domain.order.ShippingAddress;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.shared.Money;
import java.util.List;
import java.util.Optional;

/** Every order, with the shipping address it was placed with. */
public interface Orders {

    void add(Order order, ShippingAddress address);

    Optional<Placed> byId(OrderId id);

    /** The order, locked until the current transaction ends, so two transitions cannot both apply. */
    Optional<Placed> lock(OrderId id);

    /** Open orders whose hold ran out by {@code now}, oldest hold first. */
    List<io.apotheca.domain.order.OrderId> holdExpiredBy(java.time.Instant now, int limit);

    /** Stores the order's new state. */
    void update(Order order);

    /** Until when each of these orders, those still open, holds its stock: one read for a page of them. */
    java.util.Map<OrderId, java.time.Instant> holdsOf(java.util.Collection<OrderId> orders);

    /**
     * Marks the order's lines of these products withdrawn (kept in its history, no longer part of
     * it), and its totals as {@code order} has them now: the lines a card charged at dispensing did
     * not pay for.
     */
    void withdrawLines(Order order, java.util.Set<io.apotheca.domain.catalog.ProductId> withdrawn);

    /** Whether any order of the customer is still under way ({@link OrderStatus#inFlight()}). */
    boolean anyInFlight(UserId customer);

    /** Replaces the shipping address of every order of the customer with its anonymised form. */
    void anonymiseAddresses(UserId customer);

    /**
     * Up to {@code limit} orders, newest first, before the given id.
     *
     * @param customer only this customer's, or everyone's when empty
     * @param status only orders in this status
     */
    List<Placed> list(Optional<UserId> customer, Optional<OrderStatus> status, Optional<OrderId> before, int limit);

    /**
     * An order as stored.
     *
     * @param order its state
     * @param address where it goes
     * @param prescriptionIds the prescriptions uploaded for it, oldest first
     * @param payment its latest payment attempt and what was refunded of it, if it was ever paid for
     */
    record Placed(
            Order order,
            ShippingAddress address,
            List<PrescriptionId> prescriptionIds,
            Optional<PaymentSummary> payment) {

        public Placed {
            prescriptionIds = List.copyOf(prescriptionIds);
            java.util.Objects.requireNonNull(payment, "payment");
        }

        /** An order not yet paid for. */
        public Placed(Order order, ShippingAddress address, List<PrescriptionId> prescriptionIds) {
            this(order, address, prescriptionIds, Optional.empty());
        }

        /** A new order: no prescription uploaded yet. */
        public Placed(Order order, ShippingAddress address) {
            this(order, address, List.of());
        }

        /** The same order in its next state. */
        public Placed withOrder(Order next) {
            return new Placed(next, address, prescriptionIds, payment);
        }
    }

    /**
     * How an order is being paid for.
     *
     * @param latest its most recent payment attempt
     * @param refunded what the provider accepted to give back of that attempt so far
     */
    record PaymentSummary(Payment latest, Money refunded) {}
}
