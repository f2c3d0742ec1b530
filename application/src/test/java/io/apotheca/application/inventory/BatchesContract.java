package io.apotheca.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.inventory.port.out.Batches;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.domain.inventory.BatchId;
import io.apotheca.domain.inventory.BatchStatus;
import io.apotheca.domain.inventory.LotNumber;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every store of lots must do, whatever keeps them. The in-memory fake and the PostgreSQL
 * store each extend this class and say how to make a product. Each test keeps to its own products
 * and its own years of expiry, so that it reads the same in a store other tests have filled.
 */
public abstract class BatchesContract {

    private static final Comparator<Batch> FEFO =
            Comparator.comparing(Batch::expiryDate).thenComparingLong(Batch::receiptSequence);

    /** The store under test. */
    protected abstract Batches batches();

    /** A product in the catalog. */
    protected abstract ProductId newProduct();

    @Test
    void a_received_lot_reads_back_with_the_next_receipt_sequence_and_an_unknown_one_is_absent() {
        ProductId product = newProduct();
        Batch first = lot(product, "2031-03-31", 10, BatchStatus.ACTIVE);
        Batch second = lot(product, "2031-03-31", 4, BatchStatus.QUARANTINED);

        Batch stored = batches().add(first).orElseThrow();
        Batch later = batches().add(second).orElseThrow();

        assertThat(stored)
                .usingRecursiveComparison()
                .ignoringFields("receiptSequence")
                .isEqualTo(first);
        assertThat(later)
                .usingRecursiveComparison()
                .ignoringFields("receiptSequence")
                .isEqualTo(second);
        assertThat(later.receiptSequence()).isGreaterThan(stored.receiptSequence());
        assertThat(batches().byId(first.id())).contains(stored);
        assertThat(batches().byId(new BatchId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void a_lot_number_the_product_already_has_is_refused_though_another_product_may_use_it() {
        ProductId product = newProduct();
        Batch first = batches()
                .add(lot(product, "2031-06-30", 10, BatchStatus.ACTIVE))
                .orElseThrow();
        Batch copy = new Batch(
                new BatchId(UUID.randomUUID()),
                product,
                first.lot(),
                first.expiryDate().plusDays(1),
                5,
                BatchStatus.ACTIVE,
                0);
        Batch elsewhere = new Batch(
                new BatchId(UUID.randomUUID()),
                newProduct(),
                first.lot(),
                first.expiryDate(),
                5,
                BatchStatus.ACTIVE,
                0);

        assertThat(batches().add(copy)).isEmpty();
        assertThat(batches().add(elsewhere)).isPresent();

        assertThat(batches().byId(copy.id())).isEmpty();
        assertThat(batches().ofProduct(product)).containsExactly(first);
    }

    @Test
    void a_batch_id_already_in_use_is_refused_and_the_first_lot_stands() {
        ProductId product = newProduct();
        Batch first = batches()
                .add(lot(product, "2031-09-30", 10, BatchStatus.ACTIVE))
                .orElseThrow();
        Batch sameId = new Batch(first.id(), product, lotNumber(), first.expiryDate(), 3, BatchStatus.ACTIVE, 0);

        assertThat(batches().add(sameId)).isEmpty();

        assertThat(batches().byId(first.id())).contains(first);
    }

    @Test
    void a_products_lots_come_soonest_expiry_first_and_in_order_of_receipt_when_they_expire_together() {
        ProductId product = newProduct();
        ProductId other = newProduct();
        Batch late =
                batches().add(lot(product, "2032-12-31", 1, BatchStatus.ACTIVE)).orElseThrow();
        Batch soonFirst =
                batches().add(lot(product, "2032-01-31", 1, BatchStatus.ACTIVE)).orElseThrow();
        Batch soonSecond = batches()
                .add(lot(product, "2032-01-31", 1, BatchStatus.RECALLED))
                .orElseThrow();
        Batch otherLate =
                batches().add(lot(other, "2032-06-30", 1, BatchStatus.ACTIVE)).orElseThrow();
        Batch otherSoon =
                batches().add(lot(other, "2032-02-28", 1, BatchStatus.ACTIVE)).orElseThrow();

        assertThat(batches().ofProduct(product)).containsExactly(soonFirst, soonSecond, late);
        assertThat(batches().ofProductLocked(product)).containsExactly(soonFirst, soonSecond, late);
        List<Batch> both = batches().ofProducts(List.of(product, other));
        assertThat(both).containsExactlyInAnyOrder(soonFirst, soonSecond, late, otherSoon, otherLate);
        assertThat(both.stream().filter(b -> b.productId().equals(product)))
                .containsExactly(soonFirst, soonSecond, late);
        assertThat(both.stream().filter(b -> b.productId().equals(other))).containsExactly(otherSoon, otherLate);
        assertThat(batches().ofProducts(List.of())).isEmpty();
    }

    @Test
    void lots_still_on_sale_with_stock_that_expire_by_a_date_come_soonest_first_and_no_more_than_asked_for() {
        ProductId product = newProduct();
        Batch early =
                batches().add(lot(product, "2001-01-31", 5, BatchStatus.ACTIVE)).orElseThrow();
        Batch onTheDay =
                batches().add(lot(product, "2001-03-31", 5, BatchStatus.ACTIVE)).orElseThrow();
        Batch sameDay =
                batches().add(lot(product, "2001-03-31", 2, BatchStatus.ACTIVE)).orElseThrow();
        batches().add(lot(product, "2001-04-01", 5, BatchStatus.ACTIVE));
        batches().add(lot(product, "2001-02-28", 0, BatchStatus.ACTIVE));
        batches().add(lot(product, "2001-02-28", 5, BatchStatus.RECALLED));
        batches().add(lot(product, "2001-02-28", 5, BatchStatus.QUARANTINED));
        LocalDate by = LocalDate.parse("2001-03-31");

        List<Batch> expiring = batches().activeExpiringBy(by, 10_000);

        assertThat(expiring).isSortedAccordingTo(FEFO);
        assertThat(expiring.stream().filter(b -> b.productId().equals(product)))
                .containsExactly(early, onTheDay, sameDay);
        assertThat(batches().activeExpiringBy(by, 1)).containsExactly(expiring.get(0));
    }

    @Test
    void lots_active_or_quarantined_that_expire_by_a_date_are_candidates_for_expiry_whatever_their_stock() {
        ProductId product = newProduct();
        Batch active =
                batches().add(lot(product, "2002-05-31", 5, BatchStatus.ACTIVE)).orElseThrow();
        Batch empty =
                batches().add(lot(product, "2002-04-30", 0, BatchStatus.ACTIVE)).orElseThrow();
        Batch quarantined = batches()
                .add(lot(product, "2002-06-30", 5, BatchStatus.QUARANTINED))
                .orElseThrow();
        batches().add(lot(product, "2002-04-30", 5, BatchStatus.RECALLED));
        batches().add(lot(product, "2002-05-31", 5, BatchStatus.EXPIRED));
        batches().add(lot(product, "2002-07-01", 5, BatchStatus.ACTIVE));

        List<Batch> candidates = batches().expiryCandidates(LocalDate.parse("2002-06-30"));

        assertThat(candidates.stream().filter(b -> b.productId().equals(product)))
                .containsExactlyInAnyOrder(empty, active, quarantined);
    }

    @Test
    void a_lot_changes_status_only_from_the_status_it_is_in() {
        Batch lot = batches()
                .add(lot(newProduct(), "2033-03-31", 5, BatchStatus.ACTIVE))
                .orElseThrow();

        assertThat(batches().changeStatus(lot.id(), BatchStatus.ACTIVE, BatchStatus.RECALLED))
                .isTrue();
        assertThat(batches().changeStatus(lot.id(), BatchStatus.ACTIVE, BatchStatus.EXPIRED))
                .isFalse();
        assertThat(batches().changeStatus(new BatchId(UUID.randomUUID()), BatchStatus.ACTIVE, BatchStatus.RECALLED))
                .isFalse();

        assertThat(batches().byId(lot.id())).contains(lot.withStatus(BatchStatus.RECALLED));
    }

    @Test
    void an_update_stores_the_quantity_on_hand_and_status_and_nothing_else() {
        Batch lot = batches()
                .add(lot(newProduct(), "2033-06-30", 5, BatchStatus.ACTIVE))
                .orElseThrow();
        Batch unknown = lot(newProduct(), "2033-06-30", 5, BatchStatus.ACTIVE);

        batches()
                .update(new Batch(
                        lot.id(),
                        lot.productId(),
                        lotNumber(),
                        LocalDate.parse("2040-01-01"),
                        2,
                        BatchStatus.QUARANTINED,
                        0));
        batches().update(unknown);

        assertThat(batches().byId(lot.id())).contains(lot.withOnHand(2).withStatus(BatchStatus.QUARANTINED));
        assertThat(batches().byId(unknown.id())).isEmpty();
    }

    private static Batch lot(ProductId product, String expiry, int onHand, BatchStatus status) {
        return new Batch(
                new BatchId(UUID.randomUUID()), product, lotNumber(), LocalDate.parse(expiry), onHand, status, 0);
    }

    private static LotNumber lotNumber() {
        return new LotNumber("L-" + UUID.randomUUID().toString().substring(0, 13));
    }
}
