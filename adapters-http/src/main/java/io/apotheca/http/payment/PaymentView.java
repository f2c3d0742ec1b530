package io.apotheca.http.payment;

import io.apotheca.application.payment.port.in.PayForOrderUseCase.PaymentStarted;
import io.apotheca.http.MoneyView;

/**
 * The answer to a request to pay: for a card, what the patient's browser needs to pay ({@code
 * clientSecret}); for cash on delivery, the confirmed payment.
 */
record PaymentView(
        String paymentId,
        String provider,
        String providerPaymentId,
        String clientSecret,
        String status,
        String method,
        MoneyView amount,
        String orderId,
        String orderStatus) {

    static PaymentView of(PaymentStarted started) {
        return new PaymentView(
                started.payment().id().toString(),
                started.payment().method().provider(),
                started.payment().providerPaymentId().orElse(null),
                started.clientSecret().orElse(null),
                started.payment().status().name(),
                started.payment().method().code(),
                MoneyView.of(started.payment().amount()),
                started.order().order().id().toString(),
                started.order().order().status().name());
    }

    @Override
    public String toString() {
        return "PaymentView[paymentId=" + paymentId + ", status=" + status + "]";
    }
}
