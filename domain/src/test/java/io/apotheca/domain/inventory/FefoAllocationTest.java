package io.apotheca.domain.inventory;

import static io.apotheca.domain.inventory.Batches.TODAY;
import static io.apotheca.domain.inventory.Batches.aBatch;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.domain.inventory.FefoAllocation.Allocated;
import io.apotheca.domain.inventory.FefoAllocation.Insufficient;
import io.apotheca.domain.inventory.FefoAllocation.Result;
import io.apotheca.domain.inventory.FefoAllocation.Take;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FefoAllocationTest {

    private final SellableBatchPolicy policy = new SellableBatchPolicy(TODAY, Duration.ofDays(30));

    @Test
    void takes_the_soonest_expiring_sellable_lot_first_and_breaks_ties_by_receipt() {
        Batch late = aBatch().expiringIn(400).withQuantity(10).receivedAs(1).build();
        Batch soonSecond =
                aBatch().expiringIn(100).withQuantity(3).receivedAs(3).build();
        Batch soonFirst = aBatch().expiringIn(100).withQuantity(2).receivedAs(2).build();
        Batch shortDated = aBatch().expiringIn(5).withQuantity(50).receivedAs(4).build();

        Result result = FefoAllocation.allocate(List.of(late, soonSecond, soonFirst, shortDated), 7, policy);

        assertThat(result).isInstanceOf(Allocated.class);
        assertThat(((Allocated) result).takes())
                .extracting(Take::batchId, Take::quantity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(soonFirst.id(), 2),
                        org.assertj.core.groups.Tuple.tuple(soonSecond.id(), 3),
                        org.assertj.core.groups.Tuple.tuple(late.id(), 2));
    }

    @Test
    void takes_nothing_when_sellable_stock_is_short() {
        Result result = FefoAllocation.allocate(
                List.of(
                        aBatch().withQuantity(3).build(),
                        aBatch().withStatus(BatchStatus.RECALLED)
                                .withQuantity(99)
                                .build()),
                4,
                policy);

        assertThat(result).isEqualTo(new Insufficient(3));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 500);
    }

    /** Property: for any lots and any quantity, the allocation obeys every FEFO rule. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_allocation_obeys_the_fefo_rules(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Batch> batches = randomBatches(random);
        int quantity = 1 + random.nextInt(60);
        int sellable = batches.stream()
                .filter(policy::isSellable)
                .mapToInt(Batch::onHand)
                .sum();

        Result result = FefoAllocation.allocate(batches, quantity, policy);

        if (sellable < quantity) {
            assertThat(result).isEqualTo(new Insufficient(sellable));
            return;
        }
        Allocated allocated = (Allocated) result;
        Map<BatchId, Batch> byId = batches.stream().collect(Collectors.toMap(Batch::id, Function.identity()));
        assertThat(allocated.quantity()).isEqualTo(quantity);
        for (Take take : allocated.takes()) {
            Batch batch = byId.get(take.batchId());
            assertThat(policy.isSellable(batch))
                    .as("never from an unsellable lot")
                    .isTrue();
            assertThat(take.quantity()).as("never more than on hand").isBetween(1, batch.onHand());
        }
        // earliest expiry first: every sellable lot that comes before a lot taken from is emptied
        Take lastTake = allocated.takes().get(allocated.takes().size() - 1);
        Batch last = byId.get(lastTake.batchId());
        Map<BatchId, Integer> taken =
                allocated.takes().stream().collect(Collectors.toMap(Take::batchId, Take::quantity));
        batches.stream()
                .filter(policy::isSellable)
                .filter(b -> b.onHand() > 0)
                .filter(b -> FefoAllocation.ORDER.compare(b, last) < 0)
                .forEach(earlier -> assertThat(taken.get(earlier.id()))
                        .as("earlier lot emptied first")
                        .isEqualTo(earlier.onHand()));
    }

    static List<Batch> randomBatches(SplittableRandom random) {
        List<Batch> batches = new ArrayList<>();
        int count = random.nextInt(8);
        BatchStatus[] statuses = BatchStatus.values();
        for (int i = 0; i < count; i++) {
            batches.add(aBatch().expiringIn(random.nextInt(-20, 500))
                    .withQuantity(random.nextInt(0, 25))
                    .withStatus(random.nextInt(4) == 0 ? statuses[random.nextInt(statuses.length)] : BatchStatus.ACTIVE)
                    .receivedAs(random.nextLong(1, 1_000_000))
                    .build());
        }
        return batches;
    }
}
