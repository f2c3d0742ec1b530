package io.apotheca.application.payment.port.out;

import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.payment.PaymentId;
import io.apotheca.domain.payment.Refund;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every payment attempt and refund. An order has at most one attempt of each number. */
public interface Payments {

    /** Records a new attempt; refuses (throws) a second attempt of the same number for the order. */
    void add(Payment payment);

    /** Stores an attempt's new state. */
    void update(Payment payment);

    /**
     * Writes down the provider's id for an attempt that has none yet (or has this one), without
     * touching its state, which the provider's events may have moved meanwhile.
     */
    void attachProviderId(PaymentId payment, String providerPaymentId);

    Optional<Payment> byId(PaymentId id);

    Optional<Payment> byProviderId(String providerPaymentId);

    /** The order's attempts, first to last. */
    List<Payment> ofOrder(OrderId order);

    /**
     * Card attempts still open (awaiting the patient, or authorised) though they can no longer pay
     * their order: the order is no longer open, a later attempt replaced them, or (authorised) the
     * order's prescription was rejected with none other waiting. Oldest first.
     */
    List<Payment> openButAbandoned(int limit);

    /** Captures asked at dispensing and still unconfirmed, last asked before {@code before}; oldest first. */
    List<Payment> capturesAskedBefore(Instant before, int limit);

    void addRefund(Refund refund);

    void updateRefund(Refund refund);

    /** The order's refunds, oldest first. */
    List<Refund> refundsOf(OrderId order);

    Optional<Refund> refundByProviderId(String providerRefundId);

    /** Refunds written down before {@code before} whose provider answer is still unknown. */
    List<Refund> unanswered(Instant before, int limit);
}
