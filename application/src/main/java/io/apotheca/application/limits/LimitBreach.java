package io.apotheca.application.limits;

import io.apotheca.application.shared.OrderReason;
import io.apotheca.application.shared.Refusal;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.limits.WindowRule;
import java.time.Duration;
import java.util.UUID;

/** A basket that would take the customer past a purchase limit: what checkout refuses and the cart warns of. */
public sealed interface LimitBreach {

    /** The refusal checkout answers: {@code purchase_limit_exceeded}, naming the limit and what is still allowed. */
    Refusal refusal();

    /**
     * A rule of a limit group would be broken.
     *
     * @param bought the group's amount the customer bought inside the rule's window
     * @param asked the group's amount in the basket
     * @param stillAllowed how much of the group's amount may still be bought now under the rule
     */
    record GroupLimit(
            UUID groupId, String group, String unit, WindowRule rule, long bought, long asked, long stillAllowed)
            implements LimitBreach {

        @Override
        public Refusal refusal() {
            return Refusal.of(
                            OrderReason.PURCHASE_LIMIT_EXCEEDED,
                            group + " may be bought up to " + rule.most() + " " + unit + " in " + inWords(rule.window())
                                    + "; this order holds " + asked + " " + unit + " beside " + bought
                                    + " bought in that time, so at most " + stillAllowed + " " + unit
                                    + " more is allowed now.")
                    .with("limitGroupId", groupId.toString())
                    .with("limitGroup", group)
                    .with("window", rule.window().toString())
                    .with("most", Long.toString(rule.most()))
                    .with("unit", unit)
                    .with("stillAllowed", Long.toString(stillAllowed));
        }
    }

    /** A window as a customer reads it: "1 day", "30 days", "12 hours", "90 minutes". */
    static String inWords(Duration window) {
        long minutes = window.toMinutes();
        if (minutes % (24 * 60) == 0) {
            return plural(minutes / (24 * 60), "day");
        }
        return minutes % 60 == 0 ? plural(minutes / 60, "hour") : plural(minutes, "minute");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    /**
     * More units of a product than one order may hold.
     *
     * @param most the product's maximum per order
     * @param asked the units in the basket
     */
    record OrderMaximum(ProductId product, String name, int most, int asked) implements LimitBreach {

        @Override
        public Refusal refusal() {
            return Refusal.of(
                            OrderReason.PURCHASE_LIMIT_EXCEEDED,
                            "One order may hold at most " + most + " of " + name + "; this one holds " + asked + ".")
                    .with("productId", product.toString())
                    .with("most", Integer.toString(most))
                    .with("stillAllowed", Integer.toString(most));
        }
    }
}
