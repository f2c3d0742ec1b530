package io.apotheca.domain.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When a card is charged: as soon as the patient pays ({@link Mode#AUTOMATIC}), or only when the
 * order is dispensed ({@link Mode#ON_DISPENSE}), the card being authorised at checkout and the
 * amount of what is dispensed taken then. An authorisation lasts {@code authorisationWindow} at the
 * provider; an order still not dispensed one day before it ends is cancelled and the authorisation
 * released, so a patient is never charged on an authorisation the provider let lapse.
 *
 * @param mode when the card is charged
 * @param authorisationWindow how long the provider holds an authorisation; more than a day
 */
public record CardCapturePolicy(Mode mode, Duration authorisationWindow) {

    /** How long before the window ends an order not yet dispensed is given up. */
    public static final Duration MARGIN = Duration.ofDays(1);

    /** The provider's default: seven days for an online card payment. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    /** When a card is charged. */
    public enum Mode {
        /** When the patient pays, as before. */
        AUTOMATIC,
        /** Authorised when the patient pays; charged at dispensing, for what is dispensed. */
        ON_DISPENSE;

        /** The mode a setting names ({@code automatic}, {@code on_dispense}), if any. */
        public static Optional<Mode> ofCode(String code) {
            for (Mode mode : values()) {
                if (mode.name().toLowerCase(Locale.ROOT).equals(code)) {
                    return Optional.of(mode);
                }
            }
            return Optional.empty();
        }
    }

    public CardCapturePolicy {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(authorisationWindow, "authorisationWindow");
        if (authorisationWindow.compareTo(MARGIN) <= 0) {
            throw new IllegalArgumentException("the authorisation window must be longer than " + MARGIN);
        }
    }

    /** Charged as soon as paid, with the provider's default window (unused). */
    public static CardCapturePolicy automatic() {
        return new CardCapturePolicy(Mode.AUTOMATIC, DEFAULT_WINDOW);
    }

    public boolean onDispense() {
        return mode == Mode.ON_DISPENSE;
    }

    /** Until when an order whose card was authorised at {@code authorisedAt} holds its stock. */
    public Instant holdUntil(Instant authorisedAt) {
        return authorisedAt.plus(authorisationWindow).minus(MARGIN);
    }
}
