package io.apotheca.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.payment.PaymentGatewayContract;
import io.apotheca.application.payment.port.out.PaymentGateway;
import io.apotheca.application.payment.port.out.PaymentGateway.PaymentRequest;
import io.apotheca.application.payment.port.out.PaymentGateway.ProviderPayment;
import io.apotheca.application.payment.port.out.PaymentGatewayException;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.payment.PaymentId;
import io.apotheca.domain.payment.PaymentIdempotencyPolicy;
import io.apotheca.domain.shared.Money;
import io.apotheca.stripe.fake.FakeStripeServer;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Stripe gateway through the real stripe-java client, against the fake Stripe server. */
class StripePaymentGatewayTest extends PaymentGatewayContract {

    private final FakeStripeServer stripe = FakeStripeServer.start();
    private final PaymentGateway gateway = gateway(0, Duration.ofSeconds(5));

    private PaymentGateway gateway(int retries, Duration timeout) {
        return StripeAdapters.connect(new StripeSettings(
                        FakeStripeServer.SECRET_KEY,
                        FakeStripeServer.WEBHOOK_SECRET,
                        stripe.baseUri(),
                        timeout,
                        retries))
                .paymentGateway();
    }

    @AfterEach
    void stop() {
        stripe.close();
    }

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected void payerPays(ProviderPayment payment) {
        stripe.succeed(payment.id());
    }

    private static PaymentRequest request() {
        OrderId order = new OrderId(UUID.randomUUID());
        return new PaymentRequest(
                PaymentIdempotencyPolicy.intentKey(order, 1),
                order,
                new PaymentId(UUID.randomUUID()),
                Money.of(1299, "EUR"));
    }

    @Test
    void the_intent_carries_the_orders_amount_currency_and_ids_under_the_orders_key() {
        PaymentRequest request = request();

        ProviderPayment payment = gateway.open(request);

        assertThat(payment.clientSecret())
                .hasValueSatisfying(secret -> assertThat(secret).startsWith(payment.id()));
        var intent = stripe.intent(payment.id());
        assertThat(intent.get("amount").getAsLong()).isEqualTo(1299);
        assertThat(intent.get("currency").getAsString()).isEqualTo("eur");
        assertThat(intent.getAsJsonObject("metadata").get("orderId").getAsString())
                .isEqualTo(request.orderId().toString());
        assertThat(stripe.received())
                .filteredOn(r -> r.path().equals("/v1/payment_intents"))
                .extracting(FakeStripeServer.Received::idempotencyKey)
                .containsExactly("order-" + request.orderId() + "-intent-1");
    }

    @Test
    void stripe_failing_is_unavailable_and_never_a_stripe_exception() {
        stripe.failNext(1);

        assertThatThrownBy(() -> gateway.open(request()))
                .isInstanceOfSatisfying(
                        PaymentGatewayException.class,
                        e -> assertThat(e.kind()).isEqualTo(PaymentGatewayException.Kind.UNAVAILABLE));
        assertThat(stripe.intents()).isEmpty();
    }

    @Test
    void stripe_java_retries_a_failure_under_the_same_key() {
        stripe.failNext(1);

        ProviderPayment payment = gateway(1, Duration.ofSeconds(5)).open(request());

        assertThat(stripe.intents()).hasSize(1);
        assertThat(stripe.received()).hasSize(2);
        assertThat(stripe.received().get(0).idempotencyKey())
                .isEqualTo(stripe.received().get(1).idempotencyKey());
        assertThat(payment.id()).isEqualTo(stripe.intents().get(0).get("id").getAsString());
    }

    @Test
    void an_answer_lost_to_a_timeout_is_found_again_by_a_retry_without_a_second_intent() {
        PaymentGateway impatient = gateway(0, Duration.ofMillis(400));
        PaymentRequest request = request();
        stripe.answerLate(1, Duration.ofMillis(1500));

        assertThatThrownBy(() -> impatient.open(request))
                .isInstanceOfSatisfying(
                        PaymentGatewayException.class,
                        e -> assertThat(e.kind()).isEqualTo(PaymentGatewayException.Kind.UNAVAILABLE));
        ProviderPayment retried = impatient.open(request);

        assertThat(stripe.intents()).hasSize(1);
        assertThat(retried.id()).isEqualTo(stripe.intents().get(0).get("id").getAsString());
    }

    @Test
    void cancelling_a_paid_intent_answers_it_as_succeeded() {
        ProviderPayment payment = gateway.open(request());
        stripe.succeed(payment.id());

        assertThat(gateway.cancel(payment.id(), "cancel-1").status())
                .isEqualTo(PaymentGateway.ProviderStatus.SUCCEEDED);
    }

    @Test
    void a_wrong_api_key_is_unavailable_so_that_the_refund_or_payment_is_tried_again() {
        PaymentGateway wrongKey = StripeAdapters.connect(new StripeSettings(
                        "sk_test_wrong", FakeStripeServer.WEBHOOK_SECRET, stripe.baseUri(), Duration.ofSeconds(5), 0))
                .paymentGateway();

        assertThatThrownBy(() -> wrongKey.open(request()))
                .isInstanceOfSatisfying(
                        PaymentGatewayException.class,
                        e -> assertThat(e.kind()).isEqualTo(PaymentGatewayException.Kind.UNAVAILABLE));
    }

    @Test
    void a_refund_stripe_refuses_is_rejected() {
        ProviderPayment unpaid = gateway.open(request());

        assertThatThrownBy(() ->
                        gateway.refund(new PaymentGateway.RefundRequest("refund-1", unpaid.id(), Money.of(100, "EUR"))))
                .isInstanceOfSatisfying(
                        PaymentGatewayException.class,
                        e -> assertThat(e.kind()).isEqualTo(PaymentGatewayException.Kind.REJECTED));
    }
}
