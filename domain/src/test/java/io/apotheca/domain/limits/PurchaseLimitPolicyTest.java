package io.apotheca.domain.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.limits.PurchaseLimitPolicy.Exceeded;
import io.apotheca.domain.limits.PurchaseLimitPolicy.Purchase;
import io.apotheca.domain.limits.PurchaseLimitPolicy.Within;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PurchaseLimitPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final ProductId SUDAFED_24 = new ProductId(new UUID(1, 1)); // 24 x 60 mg = 1,440 mg
    private static final ProductId SUDAFED_12 = new ProductId(new UUID(1, 2)); // 12 x 60 mg = 720 mg
    private static final ProductId PLASTERS = new ProductId(new UUID(1, 3));
    private static final WindowRule DAILY = new WindowRule(3_600, Duration.ofDays(1));
    private static final WindowRule MONTHLY = new WindowRule(9_000, Duration.ofDays(30));
    private static final PurchaseLimitGroup CMEA = new PurchaseLimitGroup(
            "Pseudoephedrine (CMEA)",
            "mg pseudoephedrine base",
            List.of(DAILY, MONTHLY),
            Map.of(SUDAFED_24, 1_440L, SUDAFED_12, 720L));

    @Test
    void exactly_the_limit_passes_and_one_unit_more_is_refused() {
        // 2 x 1,440 + 1 x 720 = 3,600 mg: the whole daily amount
        List<Purchase> atTheLimit = List.of(new Purchase(SUDAFED_24, 2, NOW), new Purchase(SUDAFED_12, 1, NOW));
        List<Purchase> oneMore = List.of(new Purchase(SUDAFED_24, 2, NOW), new Purchase(SUDAFED_12, 2, NOW));

        assertThat(PurchaseLimitPolicy.check(CMEA, List.of(), atTheLimit, NOW)).isInstanceOf(Within.class);
        assertThat(PurchaseLimitPolicy.check(CMEA, List.of(), oneMore, NOW))
                .isEqualTo(new Exceeded(DAILY, 0, 4_320, 3_600));
    }

    @Test
    void earlier_purchases_count_while_inside_each_rules_window_and_not_from_its_first_instant_on() {
        List<Purchase> basket = List.of(new Purchase(SUDAFED_12, 2, NOW));
        Purchase yesterday = new Purchase(SUDAFED_24, 2, NOW.minus(Duration.ofDays(1)));
        Purchase lastNight =
                new Purchase(SUDAFED_24, 2, NOW.minus(Duration.ofDays(1)).plusSeconds(1));

        assertThat(PurchaseLimitPolicy.check(CMEA, List.of(yesterday), basket, NOW))
                .isInstanceOf(Within.class);
        assertThat(PurchaseLimitPolicy.check(CMEA, List.of(lastNight), basket, NOW))
                .isEqualTo(new Exceeded(DAILY, 2_880, 1_440, 720));
    }

    @Test
    void the_thirty_day_rule_counts_a_month_of_purchases_and_forgets_one_thirty_one_days_old() {
        List<Purchase> month = List.of(
                new Purchase(SUDAFED_24, 2, NOW.minus(Duration.ofDays(2))),
                new Purchase(SUDAFED_24, 3, NOW.minus(Duration.ofDays(10))),
                new Purchase(SUDAFED_24, 1, NOW.minus(Duration.ofDays(29))));
        List<Purchase> basket = List.of(new Purchase(SUDAFED_24, 1, NOW));

        assertThat(PurchaseLimitPolicy.check(CMEA, month, basket, NOW))
                .isEqualTo(new Exceeded(MONTHLY, 8_640, 1_440, 360));
        assertThat(PurchaseLimitPolicy.check(CMEA, month, basket, NOW.plus(Duration.ofDays(2))))
                .as("31 days after the oldest purchase, it no longer counts")
                .isInstanceOf(Within.class);
    }

    @Test
    void products_outside_the_group_neither_count_nor_are_limited() {
        List<Purchase> plasters = List.of(new Purchase(PLASTERS, 99, NOW));

        assertThat(PurchaseLimitPolicy.check(CMEA, List.of(new Purchase(PLASTERS, 99, NOW)), plasters, NOW))
                .isInstanceOf(Within.class);
        assertThat(PurchaseLimitPolicy.check(
                        CMEA,
                        plasters,
                        List.of(new Purchase(SUDAFED_24, 2, NOW), new Purchase(SUDAFED_12, 1, NOW)),
                        NOW))
                .isInstanceOf(Within.class);
    }

    @Test
    void a_group_has_a_name_a_unit_a_rule_and_a_positive_amount_per_product() {
        assertThatThrownBy(() -> new PurchaseLimitGroup("", "mg", List.of(DAILY), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PurchaseLimitGroup("CMEA", "mg", List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PurchaseLimitGroup("CMEA", "mg", List.of(DAILY), Map.of(SUDAFED_12, 0L)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WindowRule(0, Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WindowRule(10, Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WindowRule(10, Duration.ofDays(400))).isInstanceOf(IllegalArgumentException.class);
    }
}
