package io.apotheca.application.payment.port.in;

import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.payment.Payment;
import java.util.Optional;
import java.util.UUID;

/**
 * A patient pays their order once it awaits payment: by card (the same provider payment on every
 * retry, for the order's total) or in cash on delivery (the order is confirmed at once). An order
 * still waiting for its prescription is refused before anything about the method is looked at.
 */
public interface PayForOrderUseCase {

    Outcome<PaymentStarted> pay(Caller caller, Command command);

    /**
     * @param orderId the order
     * @param method {@code card} or {@code cash_on_delivery}
     */
    record Command(UUID orderId, String method) {}

    /**
     * @param payment the attempt
     * @param clientSecret what the patient's browser needs to pay by card
     * @param order the order as it stands after the request
     */
    record PaymentStarted(Payment payment, Optional<String> clientSecret, Placed order) {

        @Override
        public String toString() {
            return "PaymentStarted[payment=" + payment.id() + ", order="
                    + order.order().id() + "]";
        }
    }
}
