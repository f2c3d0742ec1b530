package io.apotheca.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import io.apotheca.application.payment.port.out.PaymentGateway;
import io.apotheca.application.payment.port.out.PaymentGateway.CaptureMethod;
import io.apotheca.application.payment.port.out.PaymentGateway.CaptureRequest;
import io.apotheca.application.payment.port.out.PaymentGatewayException;
import io.apotheca.application.payment.port.out.PaymentGatewayException.Kind;
import io.apotheca.domain.payment.RefundStatus;
import io.apotheca.domain.shared.Money;
import java.util.Locale;
import java.util.Optional;

/**
 * Card payments as Stripe PaymentIntents, through the real stripe-java client. Every request that
 * changes something is sent with the caller's idempotency key (stripe-java's own retries reuse it),
 * amount and currency come from the order, and Stripe's exceptions are translated, their text kept
 * for the log only.
 */
final class StripePaymentGateway implements PaymentGateway {

    private static final String UNEXPECTED_STATE = "payment_intent_unexpected_state";

    private final StripeClient client;

    StripePaymentGateway(StripeClient client) {
        this.client = client;
    }

    @Override
    public ProviderPayment open(PaymentRequest request) {
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(request.amount().minor())
                .setCurrency(request.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true)
                        .build())
                .putMetadata("orderId", request.orderId().toString())
                .putMetadata("paymentId", request.paymentId().toString());
        if (request.capture() == CaptureMethod.MANUAL) {
            // only authorised when the patient pays; taken at dispensing (Stripe's default takes it at once)
            params.setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL);
        }
        return call(
                "create payment " + request.idempotencyKey(),
                () -> payment(client.v1().paymentIntents().create(params.build(), keyed(request.idempotencyKey()))));
    }

    @Override
    public ProviderPayment retrieve(String providerPaymentId) {
        return call(
                "retrieve " + providerPaymentId,
                () -> payment(client.v1()
                        .paymentIntents()
                        .retrieve(
                                providerPaymentId,
                                PaymentIntentRetrieveParams.builder().build(),
                                RequestOptions.getDefault())));
    }

    @Override
    public ProviderPayment cancel(String providerPaymentId, String idempotencyKey) {
        try {
            return payment(client.v1()
                    .paymentIntents()
                    .cancel(
                            providerPaymentId,
                            PaymentIntentCancelParams.builder().build(),
                            keyed(idempotencyKey)));
        } catch (StripeException e) {
            if (UNEXPECTED_STATE.equals(e.getCode())) {
                return retrieve(providerPaymentId); // paid or already cancelled meanwhile: say how it stands
            }
            throw translate("cancel " + providerPaymentId, e);
        }
    }

    @Override
    public ProviderPayment capture(CaptureRequest request) {
        PaymentIntentCaptureParams params = PaymentIntentCaptureParams.builder()
                .setAmountToCapture(request.amount().minor())
                .build();
        return call(
                "capture " + request.idempotencyKey(),
                () -> payment(client.v1()
                        .paymentIntents()
                        .capture(request.providerPaymentId(), params, keyed(request.idempotencyKey()))));
    }

    @Override
    public ProviderRefund refund(RefundRequest request) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(request.providerPaymentId())
                .setAmount(request.amount().minor())
                .build();
        return call("refund " + request.idempotencyKey(), () -> {
            Refund refund = client.v1().refunds().create(params, keyed(request.idempotencyKey()));
            return new ProviderRefund(
                    refund.getId(),
                    StripeStatuses.refund(refund.getStatus()),
                    Money.of(refund.getAmount(), refund.getCurrency().toUpperCase(Locale.ROOT)));
        });
    }

    /** The intent in our words; once money was received, its amount is what was (a capture may take part). */
    private static ProviderPayment payment(PaymentIntent intent) {
        Long received = intent.getAmountReceived();
        long amount = received != null && received > 0 ? received : intent.getAmount();
        return new ProviderPayment(
                intent.getId(),
                Optional.ofNullable(intent.getClientSecret()),
                StripeStatuses.payment(intent.getStatus()),
                Money.of(amount, intent.getCurrency().toUpperCase(Locale.ROOT)));
    }

    private static RequestOptions keyed(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    /** A Stripe call. */
    private interface StripeCall<T> {
        T run() throws StripeException;
    }

    private static <T> T call(String what, StripeCall<T> call) {
        try {
            return call.run();
        } catch (StripeException e) {
            throw translate(what, e);
        }
    }

    static PaymentGatewayException translate(String what, StripeException e) {
        Kind kind;
        if (e instanceof ApiConnectionException
                || e instanceof ApiException
                || e instanceof RateLimitException
                || e instanceof AuthenticationException
                || e instanceof PermissionException) {
            // no answer, or our credentials are wrong: nothing was refused for good; retry once fixed
            kind = Kind.UNAVAILABLE;
        } else if (e instanceof IdempotencyException && Integer.valueOf(409).equals(e.getStatusCode())) {
            kind = Kind.IN_PROGRESS;
        } else {
            kind = Kind.REJECTED;
        }
        return new PaymentGatewayException(
                kind,
                "Stripe: " + what + " failed (" + e.getClass().getSimpleName() + " " + e.getStatusCode() + ")",
                e);
    }

    /** The statuses' translation. */
    static final class StripeStatuses {

        private StripeStatuses() {}

        static ProviderStatus payment(String status) {
            return switch (status) {
                case "succeeded" -> ProviderStatus.SUCCEEDED;
                case "requires_capture" -> ProviderStatus.AUTHORISED;
                case "canceled" -> ProviderStatus.CANCELED;
                default ->
                    ProviderStatus.OPEN; // requires_payment_method, requires_confirmation, requires_action, processing
            };
        }

        static RefundStatus refund(String status) {
            return switch (status) {
                case "succeeded" -> RefundStatus.SUCCEEDED;
                case "failed", "canceled" -> RefundStatus.FAILED;
                default -> RefundStatus.PENDING;
            };
        }
    }
}
