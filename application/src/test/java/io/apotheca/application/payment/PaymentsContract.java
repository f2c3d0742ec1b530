package io.apotheca.application.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.order.port.out.Orders;
import io.apotheca.application.payment.port.out.Payments;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.CancellationReason;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderDetails;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.order.ShippingAddress;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.payment.PaymentId;
import io.apotheca.domain.payment.PaymentMethod;
import io.apotheca.domain.payment.PaymentStatus;
import io.apotheca.domain.payment.Refund;
import io.apotheca.domain.payment.RefundId;
import io.apotheca.domain.payment.RefundStatus;
import io.apotheca.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every store of payment attempts and refunds must do, whatever keeps them. The in-memory
 * fake and the PostgreSQL store each extend this class and say how to reach the orders the
 * payments are for, and how to make a customer and a product such an order accepts.
 */
public abstract class PaymentsContract {

    private static final Instant AT = Instant.parse("2026-11-30T09:00:00.123456Z");
    private static final Money TOTAL = Money.of(900, "USD");
    private static final ShippingAddress ADDRESS =
            new ShippingAddress("Ada Lovelace", "12 St James's Square", null, "London", null, "SW1Y 4JH", "GB");

    /** The store under test. */
    protected abstract Payments payments();

    /** The orders the store's payments are for. */
    protected abstract Orders orders();

    /** A customer who may place orders. */
    protected abstract UserId newCustomer();

    /** A product on sale, without prescription. */
    protected abstract ProductId newProduct();

    @Test
    void attempts_read_back_as_they_were_started_and_an_orders_attempts_come_first_to_last() {
        OrderId order = placed().id();
        Payment.AwaitingCard second = card(order, 2, AT.plusSeconds(60));
        Payment.AwaitingCard first = card(order, 1, AT);
        Payment cash = Payment.start(
                new PaymentId(UUID.randomUUID()), placed().id(), 1, PaymentMethod.CASH_ON_DELIVERY, TOTAL, AT);

        payments().add(second);
        payments().add(first);
        payments().add(cash);

        assertThat(payments().ofOrder(order)).containsExactly(first, second);
        assertThat(payments().byId(cash.id())).contains(cash);
        assertThat(payments().byId(new PaymentId(UUID.randomUUID()))).isEmpty();
        assertThat(payments().ofOrder(placed().id())).isEmpty();
    }

    @Test
    void a_second_attempt_of_the_same_number_is_refused_and_the_first_stands() {
        OrderId order = placed().id();
        Payment.AwaitingCard first = card(order, 1, AT);
        payments().add(first);
        Payment.AwaitingCard again = card(order, 1, AT.plusSeconds(5));

        assertThatThrownBy(() -> payments().add(again)).isInstanceOf(RuntimeException.class);

        assertThat(payments().ofOrder(order)).containsExactly(first);
        assertThat(payments().byId(again.id())).isEmpty();
    }

    @Test
    void an_update_stores_the_new_state_and_never_forgets_the_providers_id() {
        Payment.AwaitingCard started = card(placed().id(), 1, AT);
        payments().add(started);
        String providerId = "pi_" + UUID.randomUUID();
        payments().attachProviderId(started.id(), providerId);

        Payment.AwaitingCard declined = started.failed("card_declined");
        payments().update(declined);

        Payment stored = payments().byId(started.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(PaymentStatus.REQUIRES_PAYMENT);
        assertThat(stored.lastFailure()).contains("card_declined");
        assertThat(stored.providerPaymentId()).contains(providerId);
        payments().update(declined.canceled());
        assertThat(payments().byProviderId(providerId))
                .contains(declined.withProviderPaymentId(providerId).canceled());
        assertThat(payments().byProviderId("pi_" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void the_providers_id_is_attached_once_without_touching_the_state_and_a_different_one_is_refused() {
        Payment.AwaitingCard started = card(placed().id(), 1, AT);
        payments().add(started);
        payments().update(started.succeeded());
        String providerId = "pi_" + UUID.randomUUID();

        payments().attachProviderId(started.id(), providerId);
        payments().attachProviderId(started.id(), providerId);

        assertThatThrownBy(() -> payments().attachProviderId(started.id(), "pi_" + UUID.randomUUID()))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(
                        () -> payments().attachProviderId(new PaymentId(UUID.randomUUID()), "pi_" + UUID.randomUUID()))
                .isInstanceOf(RuntimeException.class);
        assertThat(payments().byId(started.id())).contains(started.succeeded().withProviderPaymentId(providerId));
    }

    @Test
    void open_card_attempts_are_abandoned_once_their_order_no_longer_awaits_payment_or_a_later_attempt_replaced_them() {
        Instant at = AT.plus(Duration.ofDays(1));
        Order.Open awaiting = placed();
        Payment.AwaitingCard current = card(awaiting.id(), 1, at);
        Order.Open retried = placed();
        Payment.AwaitingCard replaced = card(retried.id(), 1, at.plusSeconds(1));
        Payment.AwaitingCard replacement = card(retried.id(), 2, at.plusSeconds(2));
        Order.Open cancelled = placed();
        Payment.AwaitingCard orphan = card(cancelled.id(), 1, at.minusSeconds(1));
        Payment.Card calledOff = card(cancelled.id(), 2, at).canceled();
        Payment cash = Payment.start(
                new PaymentId(UUID.randomUUID()), cancelled.id(), 3, PaymentMethod.CASH_ON_DELIVERY, TOTAL, at);
        List.of(current, replaced, replacement, orphan, calledOff, cash).forEach(payments()::add);
        orders().update(cancelled.cancel(CancellationReason.CUSTOMER, at));

        List<PaymentId> abandoned =
                payments().openButAbandoned(10_000).stream().map(Payment::id).toList();

        assertThat(abandoned)
                .contains(orphan.id(), replaced.id())
                .doesNotContain(current.id(), replacement.id(), calledOff.id(), cash.id());
        assertThat(abandoned.indexOf(orphan.id())).isLessThan(abandoned.indexOf(replaced.id()));
        assertThat(payments().openButAbandoned(1)).hasSize(1);
    }

    @Test
    void an_orders_refunds_read_back_oldest_first_and_at_the_same_moment_by_id() {
        Payment.AwaitingCard paid = card(placed().id(), 1, AT);
        payments().add(paid);
        Refund later = refund(UUID.randomUUID(), paid, AT.plusSeconds(60), Optional.of(newCustomer()));
        Refund highId = refund(idStartingWith('f'), paid, AT, Optional.empty());
        Refund lowId = refund(idStartingWith('0'), paid, AT, Optional.empty());

        List.of(later, highId, lowId).forEach(payments()::addRefund);

        assertThat(payments().refundsOf(paid.orderId())).containsExactly(lowId, highId, later);
        assertThat(payments().refundsOf(placed().id())).isEmpty();
    }

    @Test
    void a_refunds_answer_is_stored_and_its_providers_id_never_forgotten() {
        Payment.AwaitingCard paid = card(placed().id(), 1, AT);
        payments().add(paid);
        Refund.Requested requested = refund(UUID.randomUUID(), paid, AT, Optional.empty());
        payments().addRefund(requested);
        String providerId = "re_" + UUID.randomUUID();

        payments().updateRefund(requested.answered(providerId, RefundStatus.PENDING));
        payments().updateRefund(requested.rejected());

        Refund stored = payments().refundByProviderId(providerId).orElseThrow();
        assertThat(stored).isEqualTo(requested.answered(providerId, RefundStatus.FAILED));
        assertThat(payments().refundByProviderId("re_" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void refunds_asked_for_before_a_time_and_still_unanswered_come_oldest_first() {
        Instant at = AT.plus(Duration.ofDays(2));
        Payment.AwaitingCard paid = card(placed().id(), 1, at);
        payments().add(paid);
        Refund older = refund(UUID.randomUUID(), paid, at.minusSeconds(30), Optional.empty());
        Refund newer = refund(UUID.randomUUID(), paid, at.minusSeconds(10), Optional.empty());
        Refund tooRecent = refund(UUID.randomUUID(), paid, at, Optional.empty());
        Refund answered = refund(UUID.randomUUID(), paid, at.minusSeconds(20), Optional.empty());
        List.of(newer, tooRecent, older, answered).forEach(payments()::addRefund);
        payments().updateRefund(answered.answered("re_" + UUID.randomUUID(), RefundStatus.SUCCEEDED));

        List<RefundId> unanswered =
                payments().unanswered(at, 10_000).stream().map(Refund::id).toList();

        assertThat(unanswered).contains(older.id(), newer.id()).doesNotContain(tooRecent.id(), answered.id());
        assertThat(unanswered.indexOf(older.id())).isLessThan(unanswered.indexOf(newer.id()));
        assertThat(payments().unanswered(at, 1)).hasSize(1);
    }

    /** A new order of one product, awaiting payment. */
    private Order.Open placed() {
        List<OrderLine> lines = List.of(new OrderLine(
                newProduct(), "Paracetamol 500 mg", Quantity.of(2), Money.of(450, "USD"), false, List.of()));
        OrderDetails details = new OrderDetails(new OrderId(UUID.randomUUID()), newCustomer(), lines, AT);
        Order.Open order = Order.place(details, AT, Duration.ofMinutes(30), Duration.ofHours(48));
        orders().add(order, ADDRESS);
        return order;
    }

    private static Payment.AwaitingCard card(OrderId order, int attempt, Instant at) {
        return Payment.card(new PaymentId(UUID.randomUUID()), order, attempt, TOTAL, at);
    }

    private static Refund.Requested refund(UUID id, Payment payment, Instant at, Optional<UserId> by) {
        return Refund.request(new RefundId(id), payment, Money.of(300, "USD"), "damaged parcel", by, at);
    }

    /** A random id whose first hex digit is given, so that PostgreSQL's byte order of ids is known. */
    private static UUID idStartingWith(char digit) {
        return UUID.fromString(digit + UUID.randomUUID().toString().substring(1));
    }
}
