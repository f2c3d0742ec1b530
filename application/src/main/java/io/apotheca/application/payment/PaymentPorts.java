package io.apotheca.application.payment;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.order.port.out.OrderStock;
import io.apotheca.application.order.port.out.Orders;
import io.apotheca.application.order.port.out.PrescriptionsOnFile;
import io.apotheca.application.payment.port.out.PaymentGateway;
import io.apotheca.application.payment.port.out.Payments;
import io.apotheca.application.payment.port.out.ProviderEventVerifier;
import io.apotheca.application.payment.port.out.ProviderEvents;
import io.apotheca.application.shared.Kernel;
import io.apotheca.domain.payment.CardCapturePolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * What the payment use cases are built from.
 *
 * @param card the card provider, when card payments are configured
 * @param cash the gateway for cash on delivery
 * @param verifier checks the card provider's webhook deliveries, when configured
 * @param stock the shelf: a refunded order's holds are given back, its dispensed lots quarantined
 * @param prescriptions the prescriptions on file: a refunded order not yet dispensed gives its fills back
 * @param capture when a card is charged: when paid, or at dispensing
 */
public record PaymentPorts(
        Orders orders,
        Payments payments,
        ProviderEvents events,
        Optional<PaymentGateway> card,
        PaymentGateway cash,
        Optional<ProviderEventVerifier> verifier,
        OrderStock stock,
        PrescriptionsOnFile prescriptions,
        AuditTrail audit,
        Kernel kernel,
        Outbox outbox,
        CardCapturePolicy capture) {

    public PaymentPorts {
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(prescriptions, "prescriptions");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(capture, "capture");
    }
}
