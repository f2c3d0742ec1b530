package io.apotheca.application.payment;

import io.apotheca.application.payment.port.in.PayForOrderUseCase;
import io.apotheca.application.payment.port.in.ReceiveProviderEventUseCase;
import io.apotheca.application.payment.port.in.RefundOrderUseCase;
import io.apotheca.application.payment.port.in.SettlePaymentsUseCase;

/** Builds the payment use cases; the composition root calls this. */
public final class PaymentUseCases {

    private final PaymentPorts ports;
    private final PaymentSucceededHandler succeeded;
    private final ProviderEventInbox events;

    public PaymentUseCases(PaymentPorts ports) {
        this.ports = ports;
        this.succeeded = new PaymentSucceededHandler(ports);
        this.events = new ProviderEventInbox(ports, succeeded);
    }

    public PayForOrderUseCase pay() {
        return new PaymentService(ports);
    }

    public RefundOrderUseCase refunds() {
        return new RefundService(ports);
    }

    public ReceiveProviderEventUseCase providerEvents() {
        return events;
    }

    /** Charges cards authorised at checkout as their orders are dispensed. */
    public io.apotheca.application.order.port.out.CardCharges cardCharges() {
        return new CaptureAtDispensing(ports);
    }

    public SettlePaymentsUseCase settlement() {
        return new PaymentSettlementService(ports, events, succeeded);
    }
}
