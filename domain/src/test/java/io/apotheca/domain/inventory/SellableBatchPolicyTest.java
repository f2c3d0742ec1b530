package io.apotheca.domain.inventory;

import static io.apotheca.domain.inventory.Batches.TODAY;
import static io.apotheca.domain.inventory.Batches.aBatch;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.domain.inventory.SellableBatchPolicy.Unsellable;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SellableBatchPolicyTest {

    private final SellableBatchPolicy policy = new SellableBatchPolicy(TODAY, Duration.ofDays(30));

    @Test
    void of_lots_expiring_in_400_200_and_10_days_only_the_first_two_are_available_with_30_days_minimum() {
        ProductStock stock = new ProductStock(
                Batches.PARACETAMOL,
                List.of(
                        aBatch().expiringIn(400).withQuantity(5).build(),
                        aBatch().expiringIn(200).withQuantity(7).build(),
                        aBatch().expiringIn(10).withQuantity(11).build()),
                0);

        assertThat(stock.onHand()).isEqualTo(23);
        assertThat(stock.available(policy)).isEqualTo(12);
    }

    @Test
    void says_why_a_lot_is_not_sold() {
        assertThat(policy.check(aBatch().expiringIn(10).build())).hasValue(Unsellable.SHORT_DATED);
        assertThat(policy.check(aBatch().expiringIn(0).build())).hasValue(Unsellable.EXPIRED);
        assertThat(policy.check(aBatch().expiringIn(-3).build())).hasValue(Unsellable.EXPIRED);
        assertThat(policy.check(aBatch().withStatus(BatchStatus.RECALLED).build()))
                .hasValue(Unsellable.RECALLED);
        assertThat(policy.check(aBatch().withStatus(BatchStatus.QUARANTINED).build()))
                .hasValue(Unsellable.QUARANTINED);
        assertThat(policy.check(
                        aBatch().withStatus(BatchStatus.EXPIRED).expiringIn(90).build()))
                .hasValue(Unsellable.EXPIRED);
    }

    @Test
    void a_lot_expiring_exactly_at_the_minimum_shelf_life_is_still_sold() {
        assertThat(policy.isSellable(aBatch().expiringIn(30).build())).isTrue();
        assertThat(policy.isSellable(aBatch().expiringIn(29).build())).isFalse();
    }

    @Test
    void a_recall_stops_the_lot_counting_at_once() {
        Batch lot = aBatch().expiringIn(200).withQuantity(7).build();
        ProductStock before = new ProductStock(Batches.PARACETAMOL, List.of(lot), 0);
        ProductStock after = new ProductStock(Batches.PARACETAMOL, List.of(lot.withStatus(BatchStatus.RECALLED)), 0);

        assertThat(before.available(policy)).isEqualTo(7);
        assertThat(after.available(policy)).isZero();
    }
}
