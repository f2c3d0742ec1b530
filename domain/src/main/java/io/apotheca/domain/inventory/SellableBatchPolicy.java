package io.apotheca.domain.inventory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which lots may be sold today: not recalled, not quarantined, not expired, and expiring no sooner
 * than today plus the minimum remaining shelf life ({@code APOTHECA_MIN_SHELF_LIFE}), so a patient
 * never receives a pack about to expire.
 */
public final class SellableBatchPolicy {

    /** Why a lot may not be sold. */
    public enum Unsellable {
        RECALLED,
        QUARANTINED,
        EXPIRED,
        SHORT_DATED
    }

    private final LocalDate today;
    private final LocalDate earliestSellableExpiry;

    /**
     * @param today the pharmacy's date now
     * @param minShelfLife the least time a sold pack must still be usable; whole days count
     */
    public SellableBatchPolicy(LocalDate today, Duration minShelfLife) {
        this.today = Objects.requireNonNull(today, "today");
        if (minShelfLife.isNegative()) {
            throw new IllegalArgumentException("a minimum shelf life is never negative");
        }
        this.earliestSellableExpiry = today.plusDays(minShelfLife.toDays());
    }

    /** Empty when the lot may be sold, else why not. */
    public Optional<Unsellable> check(Batch batch) {
        if (batch.status() == BatchStatus.RECALLED) {
            return Optional.of(Unsellable.RECALLED);
        }
        if (batch.status() == BatchStatus.QUARANTINED) {
            return Optional.of(Unsellable.QUARANTINED);
        }
        if (batch.status() == BatchStatus.EXPIRED || batch.isExpiredOn(today)) {
            return Optional.of(Unsellable.EXPIRED);
        }
        if (batch.expiryDate().isBefore(earliestSellableExpiry)) {
            return Optional.of(Unsellable.SHORT_DATED);
        }
        return Optional.empty();
    }

    public boolean isSellable(Batch batch) {
        return check(batch).isEmpty();
    }

    public LocalDate today() {
        return today;
    }
}
