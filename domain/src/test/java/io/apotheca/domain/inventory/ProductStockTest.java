package io.apotheca.domain.inventory;

import static io.apotheca.domain.inventory.Batches.PARACETAMOL;
import static io.apotheca.domain.inventory.Batches.TODAY;
import static io.apotheca.domain.inventory.Batches.aBatch;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.domain.inventory.ProductStock.Refusal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProductStockTest {

    private final SellableBatchPolicy policy = new SellableBatchPolicy(TODAY, Duration.ofDays(30));

    @Test
    void available_is_sellable_on_hand_minus_held() {
        ProductStock stock =
                new ProductStock(PARACETAMOL, List.of(aBatch().withQuantity(10).build()), 4);

        assertThat(stock.available(policy)).isEqualTo(6);
        assertThat(stock.canHold(6, policy)).isEmpty();
        assertThat(stock.canHold(7, policy)).hasValue(Refusal.INSUFFICIENT_STOCK);
    }

    @Test
    void no_receipt_or_adjustment_takes_a_product_above_its_ceiling() {
        Batch lot = aBatch().withQuantity(ProductStock.MAX_ON_HAND - 10).build();
        ProductStock stock = new ProductStock(PARACETAMOL, List.of(lot), 0);

        assertThat(stock.canReceive(10)).isEmpty();
        assertThat(stock.canReceive(11)).hasValue(Refusal.ABOVE_CEILING);
        assertThat(stock.canReceive(Integer.MAX_VALUE)).hasValue(Refusal.ABOVE_CEILING);
        assertThat(stock.canAdjust(lot.id(), 10, policy)).isEmpty();
        assertThat(stock.canAdjust(lot.id(), Integer.MAX_VALUE, policy)).hasValue(Refusal.ABOVE_CEILING);
    }

    @Test
    void an_adjustment_never_goes_below_zero_nor_below_what_is_held() {
        Batch lot = aBatch().withQuantity(10).build();
        ProductStock stock = new ProductStock(PARACETAMOL, List.of(lot), 4);

        assertThat(stock.canAdjust(lot.id(), -11, policy)).hasValue(Refusal.BELOW_ZERO);
        assertThat(stock.canAdjust(lot.id(), -7, policy)).hasValue(Refusal.BELOW_HELD);
        assertThat(stock.canAdjust(lot.id(), -6, policy)).isEmpty();
        assertThat(stock.canAdjust(lot.id(), 5, policy)).isEmpty();
        assertThat(stock.canAdjust(new BatchId(java.util.UUID.randomUUID()), 1, policy))
                .hasValue(Refusal.UNKNOWN_BATCH);
    }

    @Test
    void writing_off_an_unsellable_lot_is_not_limited_by_holds() {
        Batch recalled =
                aBatch().withStatus(BatchStatus.RECALLED).withQuantity(5).build();
        ProductStock stock =
                new ProductStock(PARACETAMOL, List.of(aBatch().withQuantity(4).build(), recalled), 4);

        assertThat(stock.canAdjust(recalled.id(), -5, policy)).isEmpty();
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    /**
     * Property: whatever holds, releases, adjustments and recalls happen, when each is made only if
     * allowed, available never goes negative and held never exceeds sellable except through a
     * recall or expiry (which then shows as zero available, never as stock to promise).
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void available_never_goes_negative_under_any_sequence_of_allowed_changes(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Batch> batches = new ArrayList<>(FefoAllocationTest.randomBatches(random));
        batches.add(aBatch().withQuantity(random.nextInt(1, 30)).build());
        int held = 0;
        boolean recalled = false;
        for (int step = 0; step < 40; step++) {
            ProductStock stock = new ProductStock(PARACETAMOL, batches, held);
            switch (random.nextInt(4)) {
                case 0 -> {
                    int quantity = random.nextInt(1, 10);
                    if (stock.canHold(quantity, policy).isEmpty()) {
                        held += quantity;
                    }
                }
                case 1 -> held -= Math.min(held, random.nextInt(1, 10));
                case 2 -> {
                    int index = random.nextInt(batches.size());
                    int delta = random.nextInt(-15, 15);
                    Batch batch = batches.get(index);
                    if (stock.canAdjust(batch.id(), delta, policy).isEmpty()) {
                        batches.set(index, batch.withOnHand(batch.onHand() + delta));
                    }
                }
                default -> {
                    if (random.nextInt(10) == 0) {
                        int index = random.nextInt(batches.size());
                        batches.set(index, batches.get(index).withStatus(BatchStatus.RECALLED));
                        recalled = true;
                    }
                }
            }
            ProductStock after = new ProductStock(PARACETAMOL, batches, held);
            assertThat(after.available(policy)).isNotNegative();
            assertThat(after.batches()).allSatisfy(b -> assertThat(b.onHand()).isNotNegative());
            if (!recalled) {
                assertThat(after.held()).as("held never above sellable").isLessThanOrEqualTo(after.sellable(policy));
            }
        }
    }
}
