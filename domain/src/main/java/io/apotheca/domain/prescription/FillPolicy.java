package io.apotheca.domain.prescription;

import io.apotheca.domain.order.Quantity;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an item on file may be filled today: a fill left, within its last fill day
 * ({@link ControlledSubstancePolicy#lastFillDay}), no more than its quantity per fill, and not too
 * soon after the previous fill. Too soon is before a share of the previous fill's days' supply has
 * passed since it was dispensed ({@code APOTHECA_REFILL_MIN_ELAPSED}, 75 % by default, rounded up
 * to whole days); a controlled medicine is never refilled early, so its share is the whole supply.
 */
public final class FillPolicy {

    private FillPolicy() {}

    /**
     * The pharmacy's settings for fills.
     *
     * @param validity how long after writing a prescription may be filled, unless a schedule says less
     * @param minElapsedPercent the share of a fill's days' supply, in percent, before the next one
     */
    public record Rules(Period validity, int minElapsedPercent) {

        public static final Rules DEFAULT = new Rules(Period.ofYears(1), 75);

        public Rules {
            Objects.requireNonNull(validity, "validity");
            if (validity.isNegative() || validity.isZero()) {
                throw new IllegalArgumentException("a prescription is valid for some time");
            }
            if (minElapsedPercent < 0 || minElapsedPercent > 100) {
                throw new IllegalArgumentException("a share is 0 to 100 %, not " + minElapsedPercent);
            }
        }
    }

    /** What the policy decided. */
    public sealed interface Decision {}

    /** The fill may go ahead. */
    public record Allowed() implements Decision {}

    /** Every authorised fill is used or reserved. */
    public record Exhausted() implements Decision {}

    /** The item's last fill day has passed. */
    public record Expired(LocalDate lastFillDay) implements Decision {}

    /** More units than one fill may hold. */
    public record OverQuantity(Quantity quantityPerFill) implements Decision {}

    /** Too soon after the previous fill: allowed from that day on. */
    public record TooSoon(LocalDate allowedFrom) implements Decision {}

    /**
     * @param item the item on file
     * @param written the date the prescription was written
     * @param fillsTaken fills dispensed or reserved for orders not yet dispensed
     * @param lastDispensed the day the latest fill was dispensed, if one was
     * @param wanted the units the fill would hold
     * @param today the pharmacy's date
     */
    public static Decision decide(
            PrescribedItem item,
            LocalDate written,
            int fillsTaken,
            Optional<LocalDate> lastDispensed,
            Quantity wanted,
            LocalDate today,
            Rules rules) {
        if (fillsTaken >= item.fillsAuthorised()) {
            return new Exhausted();
        }
        LocalDate lastDay = ControlledSubstancePolicy.lastFillDay(item, written, rules.validity());
        if (today.isAfter(lastDay)) {
            return new Expired(lastDay);
        }
        if (wanted.units() > item.quantityPerFill().units()) {
            return new OverQuantity(item.quantityPerFill());
        }
        Optional<LocalDate> from = lastDispensed.map(day -> nextFillDay(item, day, rules));
        if (from.isPresent() && today.isBefore(from.get())) {
            return new TooSoon(from.get());
        }
        return new Allowed();
    }

    /** The first day after a fill dispensed on {@code dispensed} that the item may be filled again. */
    public static LocalDate nextFillDay(PrescribedItem item, LocalDate dispensed, Rules rules) {
        int percent = item.controlled() ? 100 : rules.minElapsedPercent();
        int days = (item.daysSupply() * percent + 99) / 100;
        return dispensed.plusDays(days);
    }
}
