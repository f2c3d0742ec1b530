package io.apotheca.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.payment.port.out.PaymentGateway.PaymentRequest;
import io.apotheca.application.payment.port.out.PaymentGateway.ProviderPayment;
import io.apotheca.application.payment.port.out.ProviderEvent;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentFailed;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentSucceeded;
import io.apotheca.application.payment.port.out.ProviderEventVerifier;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.payment.PaymentId;
import io.apotheca.domain.shared.Money;
import io.apotheca.stripe.fake.FakeStripeServer;
import io.apotheca.stripe.fake.StripeSignatures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeProviderEventVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private final FakeStripeServer stripe = FakeStripeServer.start();
    private final StripeAdapters adapters = StripeAdapters.connect(new StripeSettings(
            FakeStripeServer.SECRET_KEY, FakeStripeServer.WEBHOOK_SECRET, stripe.baseUri(), Duration.ofSeconds(5), 0));
    private final ProviderEventVerifier verifier = adapters.eventVerifier(Clock.fixed(NOW, ZoneOffset.UTC));
    private final PaymentId paymentId = new PaymentId(UUID.randomUUID());

    @AfterEach
    void stop() {
        stripe.close();
    }

    private ProviderPayment intent() {
        OrderId order = new OrderId(UUID.randomUUID());
        return adapters.paymentGateway()
                .open(new PaymentRequest("order-" + order + "-intent-1", order, paymentId, Money.of(2500, "USD")));
    }

    private static String sign(String payload, String secret, Instant at) {
        return StripeSignatures.header(payload, secret, at.getEpochSecond());
    }

    @Test
    void a_signed_success_is_read_with_its_payment_amount_and_attempt() {
        ProviderPayment intent = intent();
        String event = stripe.succeed(intent.id());

        ProviderEvent read = verifier.verify(event, sign(event, FakeStripeServer.WEBHOOK_SECRET, NOW))
                .orElseThrow();

        assertThat(read).isInstanceOf(PaymentSucceeded.class);
        PaymentSucceeded succeeded = (PaymentSucceeded) read;
        assertThat(succeeded.id()).startsWith("evt_");
        assertThat(succeeded.payment().providerPaymentId()).contains(intent.id());
        assertThat(succeeded.payment().paymentId()).contains(paymentId.toString());
        assertThat(succeeded.received()).contains(Money.of(2500, "USD"));
    }

    @Test
    void a_decline_carries_its_reason() {
        String event = stripe.decline(intent().id());

        ProviderEvent read = verifier.verify(event, sign(event, FakeStripeServer.WEBHOOK_SECRET, NOW))
                .orElseThrow();

        assertThat(read)
                .isInstanceOfSatisfying(
                        PaymentFailed.class,
                        failed -> assertThat(failed.failure()).isEqualTo("insufficient_funds"));
    }

    @Test
    void a_changed_body_another_secret_a_stale_or_missing_signature_are_refused() {
        String event = stripe.succeed(intent().id());
        String signature = sign(event, FakeStripeServer.WEBHOOK_SECRET, NOW);

        assertThat(verifier.verify(event.replace("2500", "1"), signature)).isEmpty();
        assertThat(verifier.verify(event, sign(event, "whsec_other", NOW))).isEmpty();
        assertThat(verifier.verify(event, sign(event, FakeStripeServer.WEBHOOK_SECRET, NOW.minusSeconds(301))))
                .isEmpty();
        assertThat(verifier.verify(event, "")).isEmpty();
        assertThat(verifier.verify(event, "t=1,v1=00")).isEmpty();
    }

    @Test
    void a_signature_header_that_cannot_be_read_is_refused_not_thrown() {
        String event = stripe.succeed(intent().id());

        for (String header : new String[] {
            "t=abc,v1=zz", "t=,v1=zz", "t=1.5,v1=zz", "t=12345678901234567890,v1=zz", "t", "v1=zz", ",,,", "t==1"
        }) {
            assertThat(verifier.verify(event, header)).as(header).isEmpty();
        }
    }

    @Test
    void a_signature_dated_beyond_a_minute_ahead_of_the_clock_is_refused() {
        String event = stripe.succeed(intent().id());

        assertThat(verifier.verify(event, sign(event, FakeStripeServer.WEBHOOK_SECRET, NOW.plusSeconds(60))))
                .isPresent();
        assertThat(verifier.verify(event, sign(event, FakeStripeServer.WEBHOOK_SECRET, NOW.plusSeconds(600))))
                .isEmpty();
        assertThat(verifier.verify(event, " t=0," + sign(event, FakeStripeServer.WEBHOOK_SECRET, NOW.plusSeconds(600))))
                .as("a decoy t that stripe-java does not read")
                .isEmpty();
        assertThat(verifier.verify(
                        event, " t=abc," + sign(event, FakeStripeServer.WEBHOOK_SECRET, NOW.plusSeconds(600))))
                .isEmpty();
    }

    @Test
    void an_event_of_the_other_mode_than_the_key_is_refused() {
        String test = stripe.succeed(intent().id());
        String live = test.replace("\"livemode\":false", "\"livemode\":true");
        ProviderEventVerifier liveKey = StripeAdapters.connect(new StripeSettings(
                        "sk_live_apotheca",
                        FakeStripeServer.WEBHOOK_SECRET,
                        stripe.baseUri(),
                        Duration.ofSeconds(5),
                        0))
                .eventVerifier(Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(live).isNotEqualTo(test);
        assertThat(verifier.verify(live, sign(live, FakeStripeServer.WEBHOOK_SECRET, NOW)))
                .isEmpty();
        assertThat(liveKey.verify(test, sign(test, FakeStripeServer.WEBHOOK_SECRET, NOW)))
                .isEmpty();
        assertThat(liveKey.verify(live, sign(live, FakeStripeServer.WEBHOOK_SECRET, NOW)))
                .isPresent();
    }

    @Test
    void a_signed_body_that_is_not_an_event_is_refused() {
        String junk = "{\"id\": 1}";

        assertThat(verifier.verify(junk, sign(junk, FakeStripeServer.WEBHOOK_SECRET, NOW)))
                .isEmpty();
        assertThat(verifier.verify("not json", sign("not json", FakeStripeServer.WEBHOOK_SECRET, NOW)))
                .isEmpty();
    }
}
