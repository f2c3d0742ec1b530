package io.apotheca.application.payment;

import io.apotheca.application.payment.port.out.Payments;
import io.apotheca.application.payment.port.out.ProviderEvent;
import io.apotheca.application.payment.port.out.ProviderEvent.PaymentReference;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.payment.PaymentId;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the card attempt a provider event is about: by the provider's id for it, else by the
 * attempt id Apotheca gave the provider, whose provider id is then written down. Only card attempts
 * hear from a provider; an event naming any other payment is about none of ours.
 */
final class PaymentLookup {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentLookup.class);

    private final Payments payments;

    PaymentLookup(Payments payments) {
        this.payments = payments;
    }

    Optional<Payment.Card> of(ProviderEvent event, PaymentReference reference) {
        Optional<Payment.Card> card = anyOf(event, reference).flatMap(PaymentLookup::card);
        if (card.isEmpty()) {
            LOG.info("provider event {} is about no card payment of ours", event.id());
        }
        return card;
    }

    /** The card attempt as it is now: read again once its order is locked. */
    Payment.Card again(Payment.Card found) {
        return payments.byId(found.id()).flatMap(PaymentLookup::card).orElseThrow();
    }

    private static Optional<Payment.Card> card(Payment payment) {
        return payment instanceof Payment.Card card ? Optional.of(card) : Optional.empty();
    }

    private Optional<Payment> anyOf(ProviderEvent event, PaymentReference reference) {
        Optional<Payment> byProvider = reference.providerPaymentId().flatMap(payments::byProviderId);
        if (byProvider.isPresent()
                || reference.paymentId().isEmpty()
                || reference.providerPaymentId().isEmpty()) {
            return byProvider;
        }
        Optional<Payment> byAttempt;
        try {
            byAttempt = payments.byId(
                    new PaymentId(UUID.fromString(reference.paymentId().get())));
        } catch (IllegalArgumentException notOurs) {
            LOG.info("provider event {} names a payment id that is not ours", event.id());
            return Optional.empty();
        }
        String providerId = reference.providerPaymentId().get();
        byAttempt.ifPresent(p -> payments.attachProviderId(p.id(), providerId));
        return byAttempt.map(p -> p.withProviderPaymentId(providerId));
    }
}
