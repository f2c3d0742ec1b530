package io.apotheca.application.payment;

import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.inventory.InventoryPorts;
import io.apotheca.application.order.port.out.Orders;
import io.apotheca.application.payment.port.out.PaymentGateway;
import io.apotheca.application.payment.port.out.Payments;
import io.apotheca.application.payment.port.out.ProviderEventVerifier;
import io.apotheca.application.payment.port.out.ProviderEvents;
import java.util.Objects;
import java.util.Optional;

/**
 * What the payment use cases are built from.
 *
 * @param card the card provider, when card payments are configured
 * @param cash the gateway for cash on delivery
 * @param verifier checks the card provider's webhook deliveries, when configured
 */
public record PaymentPorts(
        Orders orders,
        Payments payments,
        ProviderEvents events,
        Optional<PaymentGateway> card,
        PaymentGateway cash,
        Optional<ProviderEventVerifier> verifier,
        InventoryPorts inventory,
        Outbox outbox) {

    public PaymentPorts {
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(outbox, "outbox");
    }
}
