package io.apotheca.application.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.payment.port.out.PaymentGateway;
import io.apotheca.application.payment.port.out.PaymentGateway.PaymentRequest;
import io.apotheca.application.payment.port.out.PaymentGateway.ProviderPayment;
import io.apotheca.application.payment.port.out.PaymentGateway.ProviderRefund;
import io.apotheca.application.payment.port.out.PaymentGateway.ProviderStatus;
import io.apotheca.application.payment.port.out.PaymentGateway.RefundRequest;
import io.apotheca.application.payment.port.out.PaymentGatewayException;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.payment.PaymentId;
import io.apotheca.domain.payment.PaymentIdempotencyPolicy;
import io.apotheca.domain.payment.RefundStatus;
import io.apotheca.domain.shared.Money;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every payment gateway must do, whoever moves the money: the same key opens the same payment
 * and makes the same refund, however often it is sent; a key is never reused for another amount;
 * nothing is refunded above what was paid.
 */
public abstract class PaymentGatewayContract {

    protected abstract PaymentGateway gateway();

    /** The patient pays the payment (at the provider, or to the courier). */
    protected abstract void payerPays(ProviderPayment payment);

    private final OrderId order = new OrderId(UUID.randomUUID());
    private final Money total = Money.of(2599, "USD");

    private final java.util.Map<Integer, PaymentId> attempts = new java.util.HashMap<>();

    /** The request of one attempt: the same attempt always names the same payment id, as Apotheca does. */
    private PaymentRequest request(int attempt, Money amount) {
        PaymentId payment = attempts.computeIfAbsent(attempt, n -> new PaymentId(UUID.randomUUID()));
        return new PaymentRequest(PaymentIdempotencyPolicy.intentKey(order, attempt), order, payment, amount);
    }

    @Test
    void the_same_key_opens_the_same_payment_for_the_amount_asked() {
        ProviderPayment first = gateway().open(request(1, total));
        ProviderPayment again = gateway().open(request(1, total));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.amount()).isEqualTo(total);
        assertThat(first.status()).isEqualTo(ProviderStatus.OPEN);
        assertThat(gateway().retrieve(first.id()).amount()).isEqualTo(total);
    }

    @Test
    void another_attempt_opens_another_payment() {
        assertThat(gateway().open(request(2, total)).id())
                .isNotEqualTo(gateway().open(request(1, total)).id());
    }

    @Test
    void a_key_is_never_reused_for_another_amount() {
        gateway().open(request(1, total));

        assertThatThrownBy(() -> gateway().open(request(1, Money.of(1, "USD"))))
                .isInstanceOfSatisfying(
                        PaymentGatewayException.class,
                        e -> assertThat(e.kind()).isEqualTo(PaymentGatewayException.Kind.REJECTED));
    }

    @Test
    void a_called_off_payment_stays_called_off() {
        ProviderPayment payment = gateway().open(request(1, total));

        assertThat(gateway().cancel(payment.id(), "cancel-" + payment.id()).status())
                .isEqualTo(ProviderStatus.CANCELED);
        assertThat(gateway().retrieve(payment.id()).status()).isEqualTo(ProviderStatus.CANCELED);
    }

    @Test
    void the_same_refund_key_refunds_once_and_never_above_the_payment() {
        ProviderPayment payment = gateway().open(request(1, total));
        payerPays(payment);
        RefundRequest part = new RefundRequest("order-" + order + "-refund-1", payment.id(), Money.of(1000, "USD"));

        ProviderRefund first = gateway().refund(part);
        ProviderRefund again = gateway().refund(part);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.amount()).isEqualTo(Money.of(1000, "USD"));
        assertThat(first.status()).isIn(RefundStatus.PENDING, RefundStatus.SUCCEEDED);
        assertThatThrownBy(() -> gateway()
                        .refund(new RefundRequest("order-" + order + "-refund-2", payment.id(), Money.of(2600, "USD"))))
                .isInstanceOfSatisfying(
                        PaymentGatewayException.class,
                        e -> assertThat(e.kind()).isEqualTo(PaymentGatewayException.Kind.REJECTED));
    }
}
