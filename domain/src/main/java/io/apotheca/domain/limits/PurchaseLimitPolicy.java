package io.apotheca.domain.limits;

import io.apotheca.domain.catalog.ProductId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Whether a basket fits a limit group beside what the same person bought before: for every rule,
 * the amount bought inside the rule's window plus the basket's amount may reach the rule's most,
 * and not pass it. Purchases of products outside the group do not count; orders that were
 * cancelled or expired are not purchases (the caller leaves them out).
 */
public final class PurchaseLimitPolicy {

    private PurchaseLimitPolicy() {}

    /**
     * Units of a product, bought (or about to be) at an instant.
     *
     * @param product what
     * @param units how many packs
     * @param at when the order was placed
     */
    public record Purchase(ProductId product, int units, Instant at) {

        public Purchase {
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(at, "at");
            if (units < 1) {
                throw new IllegalArgumentException("a purchase is of at least one unit");
            }
        }
    }

    /** What the policy found. */
    public sealed interface Decision {}

    /** Every rule holds. */
    public record Within() implements Decision {}

    /**
     * A rule would be broken; the first such rule of the group, in its order.
     *
     * @param rule the rule
     * @param bought the amount already bought inside its window
     * @param asked the basket's amount
     * @param stillAllowed how much more the person may buy now under that rule (zero or more)
     */
    public record Exceeded(WindowRule rule, long bought, long asked, long stillAllowed) implements Decision {}

    public static Decision check(PurchaseLimitGroup group, List<Purchase> before, List<Purchase> basket, Instant now) {
        long asked = amount(group, basket);
        if (asked == 0) {
            return new Within();
        }
        for (WindowRule rule : group.rules()) {
            long bought = amount(
                    group, before.stream().filter(p -> rule.counts(p.at(), now)).toList());
            if (bought + asked > rule.most()) {
                return new Exceeded(rule, bought, asked, Math.max(0, rule.most() - bought));
            }
        }
        return new Within();
    }

    private static long amount(PurchaseLimitGroup group, List<Purchase> purchases) {
        return purchases.stream()
                .mapToLong(p -> group.amountOf(p.product(), p.units()).orElse(0L))
                .sum();
    }
}
