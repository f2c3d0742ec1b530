package io.apotheca.domain.payment;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One attempt to pay for an order, one type per state. A card attempt waits for the patient
 * ({@link AwaitingCard}) until the provider confirms the charge ({@link CardSucceeded}) or calls it
 * off ({@link CardCanceled}). When the card is charged at dispensing, the provider first authorises it
 * ({@link CardAuthorised}); dispensing asks for all or part of it ({@link CaptureRequested}), and the
 * provider's confirmation makes it {@link CardSucceeded} for what was taken. Cash on delivery is confirmed at once ({@link CashConfirmed}) and
 * collected by the courier ({@link CashCollected}). Only card attempts hear from the provider, and
 * only confirmed cash can be collected: the types say so, so nothing checks it at run time.
 * Transitions never go backwards: a confirmed charge stays confirmed whatever arrives later.
 *
 * <p>A card attempt is known to the provider under {@link #idempotencyKey()}, written down before
 * the provider is asked, so that a retry after a crash finds the same payment at the provider
 * instead of opening another.
 */
public sealed interface Payment {

    /** What the attempt is, whatever becomes of it. */
    PaymentDetails details();

    /** The provider's id for it (a Stripe PaymentIntent {@code pi_…}, a cash receipt), once known. */
    Optional<String> providerPaymentId();

    /** Why the patient's last try to pay failed, if it did. */
    Optional<String> lastFailure();

    /** Card or cash on delivery. */
    PaymentMethod method();

    /** Where it stands, by name. */
    PaymentStatus status();

    /** The provider's id, learnt from its answer; an attempt never changes provider payment. */
    Payment withProviderPaymentId(String providerId);

    /** Whether money was actually received, and so may be given back. */
    default boolean moneyReceived() {
        return this instanceof CardSucceeded || this instanceof CashCollected;
    }

    /**
     * A card attempt nothing was taken of yet, and that must be called off (its authorisation
     * released) if the order is not paid: one the patient may still pay, or one authorised and not
     * yet asked for.
     */
    default boolean open() {
        return this instanceof AwaitingCard || this instanceof CardAuthorised;
    }

    default PaymentId id() {
        return details().id();
    }

    default OrderId orderId() {
        return details().orderId();
    }

    default int attempt() {
        return details().attempt();
    }

    default Money amount() {
        return details().amount();
    }

    default Instant createdAt() {
        return details().createdAt();
    }

    /** The key the provider knows this attempt by: the same for every retry of it. */
    default String idempotencyKey() {
        return PaymentIdempotencyPolicy.intentKey(orderId(), attempt());
    }

    /** Begins an attempt: a card payment waits to be paid, cash waits for delivery. */
    static Payment start(PaymentId id, OrderId orderId, int attempt, PaymentMethod method, Money amount, Instant at) {
        return method == PaymentMethod.CARD
                ? card(id, orderId, attempt, amount, at)
                : new CashConfirmed(new PaymentDetails(id, orderId, attempt, amount, at), Optional.empty());
    }

    /** Begins a card attempt, waiting for the patient to pay. */
    static AwaitingCard card(PaymentId id, OrderId orderId, int attempt, Money amount, Instant at) {
        return new AwaitingCard(
                new PaymentDetails(id, orderId, attempt, amount, at), Optional.empty(), Optional.empty());
    }

    /** A payment as a store keeps it: its state by name. */
    static Payment of(
            PaymentDetails details,
            PaymentMethod method,
            PaymentStatus status,
            Optional<String> providerPaymentId,
            Optional<String> lastFailure) {
        return of(details, method, status, providerPaymentId, lastFailure, Optional.empty());
    }

    /**
     * A payment as a store keeps it, with the capture asked of it when it is {@link
     * PaymentStatus#CAPTURE_REQUESTED}.
     */
    static Payment of(
            PaymentDetails details,
            PaymentMethod method,
            PaymentStatus status,
            Optional<String> providerPaymentId,
            Optional<String> lastFailure,
            Optional<Capture> capture) {
        if (method == PaymentMethod.CARD) {
            return switch (status) {
                case REQUIRES_PAYMENT -> new AwaitingCard(details, providerPaymentId, lastFailure);
                case AUTHORISED -> new CardAuthorised(details, providerPaymentId, lastFailure);
                case CAPTURE_REQUESTED ->
                    new CaptureRequested(
                            details,
                            providerPaymentId,
                            lastFailure,
                            capture.orElseThrow(
                                    () -> new IllegalArgumentException("a requested capture has an amount")));
                case SUCCEEDED -> new CardSucceeded(details, providerPaymentId, lastFailure);
                case CANCELED -> new CardCanceled(details, providerPaymentId, lastFailure);
                case CONFIRMED, COLLECTED -> throw new IllegalArgumentException("card payments are never " + status);
            };
        }
        return switch (status) {
            case CONFIRMED -> new CashConfirmed(details, providerPaymentId);
            case COLLECTED -> new CashCollected(details, providerPaymentId);
            case REQUIRES_PAYMENT, AUTHORISED, CAPTURE_REQUESTED, SUCCEEDED, CANCELED ->
                throw new IllegalArgumentException("cash payments are never " + status);
        };
    }

    /** The provider id a payment learnt: the first one, or the same again. */
    private static Optional<String> learnt(Payment payment, String providerId) {
        Objects.requireNonNull(providerId, "providerId");
        if (payment.providerPaymentId().isPresent()
                && !payment.providerPaymentId().get().equals(providerId)) {
            throw new IllegalStateException("payment " + payment.id() + " is already "
                    + payment.providerPaymentId().get() + ", not " + providerId);
        }
        return Optional.of(providerId);
    }

    /** A card attempt: the provider's events move it. */
    sealed interface Card extends Payment {

        @Override
        default PaymentMethod method() {
            return PaymentMethod.CARD;
        }

        @Override
        Card withProviderPaymentId(String providerId);

        /** The provider confirmed the charge. Money received is a fact, whatever this attempt's state was. */
        default CardSucceeded succeeded() {
            return new CardSucceeded(details(), providerPaymentId(), lastFailure());
        }

        /**
         * The patient's try to pay failed (a declined card). An attempt still awaited stays open, so
         * the patient may try again while the order's hold lasts; any other is not touched.
         */
        default Card failed(String reason) {
            return this;
        }

        /** Called off at the provider before anything was paid; a confirmed charge stays confirmed. */
        default Card canceled() {
            return this;
        }

        /** The provider holds the amount on the card (manual capture); only an attempt still awaited moves. */
        default Card authorised() {
            return this;
        }
    }

    /**
     * What dispensing asks of an authorisation.
     *
     * @param amount what is taken: the dispensed lines with their share of shipping
     * @param withdrawn the products of the order's lines that are not dispensed, and not charged
     */
    record Capture(Money amount, Set<ProductId> withdrawn) {

        public Capture {
            Objects.requireNonNull(amount, "amount");
            withdrawn = Set.copyOf(withdrawn);
        }
    }

    /** Cash on delivery: the courier moves it. */
    sealed interface Cash extends Payment {

        @Override
        default PaymentMethod method() {
            return PaymentMethod.CASH_ON_DELIVERY;
        }

        @Override
        default Optional<String> lastFailure() {
            return Optional.empty();
        }
    }

    /** A card payment opened with the provider, waiting for the patient to pay. */
    record AwaitingCard(PaymentDetails details, Optional<String> providerPaymentId, Optional<String> lastFailure)
            implements Card {

        public AwaitingCard {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(providerPaymentId, "providerPaymentId");
            Objects.requireNonNull(lastFailure, "lastFailure");
        }

        @Override
        public PaymentStatus status() {
            return PaymentStatus.REQUIRES_PAYMENT;
        }

        @Override
        public AwaitingCard withProviderPaymentId(String providerId) {
            return new AwaitingCard(details, learnt(this, providerId), lastFailure);
        }

        @Override
        public AwaitingCard failed(String reason) {
            return new AwaitingCard(details, providerPaymentId, Optional.of(reason));
        }

        @Override
        public CardCanceled canceled() {
            return new CardCanceled(details, providerPaymentId, lastFailure);
        }

        @Override
        public CardAuthorised authorised() {
            return new CardAuthorised(details, providerPaymentId, Optional.empty());
        }
    }

    /** The card holds the amount, and nothing is taken until the order is dispensed. */
    record CardAuthorised(PaymentDetails details, Optional<String> providerPaymentId, Optional<String> lastFailure)
            implements Card {

        public CardAuthorised {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(providerPaymentId, "providerPaymentId");
            Objects.requireNonNull(lastFailure, "lastFailure");
        }

        @Override
        public PaymentStatus status() {
            return PaymentStatus.AUTHORISED;
        }

        @Override
        public CardAuthorised withProviderPaymentId(String providerId) {
            return new CardAuthorised(details, learnt(this, providerId), lastFailure);
        }

        /** Dispensing asks for {@code capture.amount()}; it may be no more than was authorised. */
        public CaptureRequested captureRequested(Capture capture) {
            if (capture.amount().compareTo(details.amount()) > 0
                    || !capture.amount().currency().equals(details.amount().currency())) {
                throw new IllegalArgumentException(
                        "a capture of " + capture.amount() + " exceeds the authorised " + details.amount());
            }
            return new CaptureRequested(details, providerPaymentId, Optional.empty(), capture);
        }

        @Override
        public CardCanceled canceled() {
            return new CardCanceled(details, providerPaymentId, lastFailure);
        }
    }

    /**
     * Dispensing asked the provider to take {@link #capture()}; the provider's confirmation, not its
     * answer to the request, makes it succeeded. Asked again under the same key, never twice.
     */
    record CaptureRequested(
            PaymentDetails details, Optional<String> providerPaymentId, Optional<String> lastFailure, Capture capture)
            implements Card {

        public CaptureRequested {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(providerPaymentId, "providerPaymentId");
            Objects.requireNonNull(lastFailure, "lastFailure");
            Objects.requireNonNull(capture, "capture");
        }

        @Override
        public PaymentStatus status() {
            return PaymentStatus.CAPTURE_REQUESTED;
        }

        @Override
        public CaptureRequested withProviderPaymentId(String providerId) {
            return new CaptureRequested(details, learnt(this, providerId), lastFailure, capture);
        }

        /** The key the provider knows this capture by: the same for every retry of it. */
        public String captureKey() {
            return PaymentIdempotencyPolicy.captureKey(orderId(), attempt(), capture.amount());
        }

        /** The provider refused to take it: the authorisation stands, and the order is not dispensed. */
        public CardAuthorised refused(String reason) {
            return new CardAuthorised(details, providerPaymentId, Optional.of(reason));
        }

        /**
         * The provider called the payment off before taking anything (the authorisation lapsed): the
         * capture can no longer happen, and the order may expire as any other.
         */
        @Override
        public CardCanceled canceled() {
            return new CardCanceled(details, providerPaymentId, lastFailure);
        }

        /** The money taken is what was asked, not what was authorised. */
        @Override
        public CardSucceeded succeeded() {
            return new CardSucceeded(details.withAmount(capture.amount()), providerPaymentId, lastFailure);
        }
    }

    /** The provider confirmed that the card was charged. */
    record CardSucceeded(PaymentDetails details, Optional<String> providerPaymentId, Optional<String> lastFailure)
            implements Card {

        public CardSucceeded {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(providerPaymentId, "providerPaymentId");
            Objects.requireNonNull(lastFailure, "lastFailure");
        }

        @Override
        public PaymentStatus status() {
            return PaymentStatus.SUCCEEDED;
        }

        @Override
        public CardSucceeded withProviderPaymentId(String providerId) {
            return new CardSucceeded(details, learnt(this, providerId), lastFailure);
        }
    }

    /** The card payment was called off before any money moved. */
    record CardCanceled(PaymentDetails details, Optional<String> providerPaymentId, Optional<String> lastFailure)
            implements Card {

        public CardCanceled {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(providerPaymentId, "providerPaymentId");
            Objects.requireNonNull(lastFailure, "lastFailure");
        }

        @Override
        public PaymentStatus status() {
            return PaymentStatus.CANCELED;
        }

        @Override
        public CardCanceled withProviderPaymentId(String providerId) {
            return new CardCanceled(details, learnt(this, providerId), lastFailure);
        }
    }

    /** Cash on delivery was chosen; the money is collected when the order is delivered. */
    record CashConfirmed(PaymentDetails details, Optional<String> providerPaymentId) implements Cash {

        public CashConfirmed {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(providerPaymentId, "providerPaymentId");
        }

        @Override
        public PaymentStatus status() {
            return PaymentStatus.CONFIRMED;
        }

        @Override
        public CashConfirmed withProviderPaymentId(String providerId) {
            return new CashConfirmed(details, learnt(this, providerId));
        }

        /** The courier collected the cash. */
        public CashCollected collected() {
            return new CashCollected(details, providerPaymentId);
        }
    }

    /** The courier collected the cash. */
    record CashCollected(PaymentDetails details, Optional<String> providerPaymentId) implements Cash {

        public CashCollected {
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(providerPaymentId, "providerPaymentId");
        }

        @Override
        public PaymentStatus status() {
            return PaymentStatus.COLLECTED;
        }

        @Override
        public CashCollected withProviderPaymentId(String providerId) {
            return new CashCollected(details, learnt(this, providerId));
        }
    }
}
