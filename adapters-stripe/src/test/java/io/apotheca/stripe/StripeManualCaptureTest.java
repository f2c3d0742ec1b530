package io.apotheca.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.payment.port.out.PaymentGateway;
import io.apotheca.application.payment.port.out.PaymentGateway.CaptureMethod;
import io.apotheca.application.payment.port.out.PaymentGateway.CaptureRequest;
import io.apotheca.application.payment.port.out.PaymentGateway.PaymentRequest;
import io.apotheca.application.payment.port.out.PaymentGateway.ProviderPayment;
import io.apotheca.application.payment.port.out.PaymentGateway.ProviderStatus;
import io.apotheca.application.payment.port.out.PaymentGateway.RefundRequest;
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

/**
 * Manual capture through the real stripe-java client, against the fake Stripe server: a card is
 * authorised when the patient pays and charged later, all or part of it, under a key; an
 * authorisation cancelled is released and can no longer be captured.
 */
class StripeManualCaptureTest {

    private final FakeStripeServer stripe = FakeStripeServer.start();
    private final PaymentGateway gateway = StripeAdapters.connect(new StripeSettings(
                    FakeStripeServer.SECRET_KEY,
                    FakeStripeServer.WEBHOOK_SECRET,
                    stripe.baseUri(),
                    Duration.ofSeconds(5),
                    0))
            .paymentGateway();

    @AfterEach
    void stop() {
        stripe.close();
    }

    @Test
    void an_authorised_card_is_captured_in_part_once_under_its_key_and_refunds_are_capped_at_what_was_taken() {
        ProviderPayment opened = gateway.open(request(CaptureMethod.MANUAL));
        assertThat(stripe.intent(opened.id()).get("capture_method").getAsString())
                .isEqualTo("manual");
        assertThat(opened.status()).isEqualTo(ProviderStatus.OPEN);

        String authorised = stripe.authorise(opened.id());

        assertThat(authorised).contains("\"type\":\"payment_intent.amount_capturable_updated\"");
        assertThat(gateway.retrieve(opened.id()).status()).isEqualTo(ProviderStatus.AUTHORISED);
        CaptureRequest part = new CaptureRequest("order-x-capture-1", opened.id(), Money.of(800, "EUR"));
        ProviderPayment captured = gateway.capture(part);
        ProviderPayment again = gateway.capture(part);

        assertThat(captured.status()).isEqualTo(ProviderStatus.SUCCEEDED);
        assertThat(again.status()).isEqualTo(ProviderStatus.SUCCEEDED);
        assertThat(stripe.intent(opened.id()).get("amount_received").getAsLong())
                .isEqualTo(800);
        assertThat(stripe.received())
                .filteredOn(r -> r.path().endsWith("/capture"))
                .extracting(FakeStripeServer.Received::idempotencyKey)
                .containsExactly("order-x-capture-1", "order-x-capture-1");
        assertThatThrownBy(() -> gateway.refund(new RefundRequest("refund-1", opened.id(), Money.of(801, "EUR"))))
                .isInstanceOfSatisfying(
                        PaymentGatewayException.class,
                        e -> assertThat(e.kind()).isEqualTo(PaymentGatewayException.Kind.REJECTED));
        assertThat(gateway.refund(new RefundRequest("refund-2", opened.id(), Money.of(800, "EUR")))
                        .amount())
                .isEqualTo(Money.of(800, "EUR"));
    }

    @Test
    void a_cancelled_authorisation_is_released_and_never_captured() {
        ProviderPayment opened = gateway.open(request(CaptureMethod.MANUAL));
        stripe.authorise(opened.id());

        assertThat(gateway.cancel(opened.id(), "order-x-cancel-1").status()).isEqualTo(ProviderStatus.CANCELED);
        assertThat(stripe.intent(opened.id()).get("amount_capturable").getAsLong())
                .isZero();
        assertThatThrownBy(() ->
                        gateway.capture(new CaptureRequest("order-x-capture-1", opened.id(), Money.of(1299, "EUR"))))
                .isInstanceOfSatisfying(
                        PaymentGatewayException.class,
                        e -> assertThat(e.kind()).isEqualTo(PaymentGatewayException.Kind.REJECTED));
    }

    @Test
    void more_than_was_authorised_is_refused_and_an_automatic_intent_is_opened_as_before() {
        ProviderPayment opened = gateway.open(request(CaptureMethod.MANUAL));
        stripe.authorise(opened.id());

        assertThatThrownBy(() ->
                        gateway.capture(new CaptureRequest("order-x-capture-1", opened.id(), Money.of(1300, "EUR"))))
                .isInstanceOfSatisfying(
                        PaymentGatewayException.class,
                        e -> assertThat(e.kind()).isEqualTo(PaymentGatewayException.Kind.REJECTED));
        assertThat(gateway.retrieve(opened.id()).status()).isEqualTo(ProviderStatus.AUTHORISED);
        ProviderPayment automatic = gateway.open(request(CaptureMethod.AUTOMATIC));
        assertThat(stripe.intent(automatic.id()).get("capture_method").getAsString())
                .as("no capture_method sent: Stripe's default")
                .isEqualTo("automatic_async");
    }

    private static PaymentRequest request(CaptureMethod capture) {
        OrderId order = new OrderId(UUID.randomUUID());
        return new PaymentRequest(
                PaymentIdempotencyPolicy.intentKey(order, 1),
                order,
                new PaymentId(UUID.randomUUID()),
                Money.of(1299, "EUR"),
                capture);
    }
}
