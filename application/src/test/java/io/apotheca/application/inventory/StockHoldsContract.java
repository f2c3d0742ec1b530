package io.apotheca.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.inventory.port.out.StockHolds;
import io.apotheca.application.shared.port.out.Transactions;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every keeper of stock holds must do, whatever keeps them: units are held only while enough
 * may still be held, released units may be held again and settled ones may not. How the store
 * splits a product's stock to serve concurrent checkouts is its own business. The in-memory fake
 * and the PostgreSQL store each extend this class and say how to make a product.
 */
public abstract class StockHoldsContract {

    private static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    /** The store under test. */
    protected abstract StockHolds holds();

    /** The transactions the store's changes run in. */
    protected abstract Transactions transactions();

    /** A product in the catalog, never stocked. */
    protected abstract ProductId newProduct();

    /** An order units may be held for. */
    protected abstract OrderId newOrder();

    @Test
    void nothing_is_held_of_a_product_never_stocked_and_nothing_can_be() {
        ProductId product = newProduct();

        assertThat(hold(newOrder(), product, 1)).isFalse();

        assertThat(holds().heldOf(product)).isZero();
        assertThat(holds().heldOf(List.of(product)).getOrDefault(product, 0)).isZero();
    }

    @Test
    void holds_take_units_while_enough_are_left_and_a_larger_one_is_refused_whole() {
        ProductId product = stocked(10);

        assertThat(hold(newOrder(), product, 4)).isTrue();
        assertThat(hold(newOrder(), product, 7)).isFalse();
        assertThat(hold(newOrder(), product, 6)).isTrue();
        assertThat(hold(newOrder(), product, 1)).isFalse();

        assertThat(holds().heldOf(product)).isEqualTo(10);
    }

    @Test
    void releasing_an_orders_holds_gives_their_units_back_for_every_product_of_the_order() {
        ProductId tablets = stocked(5);
        ProductId syrup = stocked(3);
        ProductId untouched = stocked(2);
        OrderId order = newOrder();
        hold(order, tablets, 5);
        hold(order, syrup, 2);
        OrderId other = newOrder();
        hold(other, syrup, 1);

        assertThat(holds().heldOf(List.of(tablets, syrup)))
                .containsEntry(tablets, 5)
                .containsEntry(syrup, 3);

        release(order, AT.plusSeconds(60));

        assertThat(holds().heldOf(tablets)).isZero();
        assertThat(holds().heldOf(syrup)).isEqualTo(1);
        assertThat(holds().heldOf(List.of(untouched)).getOrDefault(untouched, 0))
                .isZero();
        assertThat(hold(newOrder(), tablets, 5)).isTrue();
        assertThat(hold(newOrder(), syrup, 2)).isTrue();
        assertThat(hold(newOrder(), syrup, 1)).isFalse();
    }

    @Test
    void settling_an_orders_holds_lets_their_units_go_for_good() {
        ProductId product = stocked(5);
        OrderId order = newOrder();
        hold(order, product, 3);

        settle(order, AT.plusSeconds(60));

        assertThat(holds().heldOf(product)).isZero();
        assertThat(hold(newOrder(), product, 3)).isFalse();
        assertThat(hold(newOrder(), product, 2)).isTrue();
    }

    @Test
    void closed_holds_stay_closed_a_second_release_gives_nothing_back() {
        ProductId product = stocked(4);
        OrderId released = newOrder();
        OrderId settled = newOrder();
        hold(released, product, 1);
        hold(settled, product, 2);

        release(released, AT.plusSeconds(60));
        release(released, AT.plusSeconds(61));
        settle(settled, AT.plusSeconds(62));
        release(settled, AT.plusSeconds(63));

        assertThat(holds().heldOf(product)).isZero();
        assertThat(hold(newOrder(), product, 3)).isFalse();
        assertThat(hold(newOrder(), product, 2)).isTrue();
    }

    @Test
    void spreading_leaves_the_sellable_units_less_those_held_to_be_held() {
        ProductId product = stocked(10);
        hold(newOrder(), product, 4);

        assertThat(respread(product, 7)).isEqualTo(4);

        assertThat(holds().heldOf(product)).isEqualTo(4);
        assertThat(hold(newOrder(), product, 4)).isFalse();
        assertThat(hold(newOrder(), product, 3)).isTrue();
    }

    @Test
    void when_fewer_units_are_sellable_than_held_nothing_more_can_be_held() {
        ProductId product = stocked(6);
        hold(newOrder(), product, 5);

        respread(product, 2);

        assertThat(hold(newOrder(), product, 1)).isFalse();
        assertThat(holds().heldOf(product)).isEqualTo(5);
    }

    @Test
    void units_given_back_after_the_stock_fell_below_what_was_held_are_only_what_may_still_be_sold() {
        ProductId product = stocked(6);
        OrderId cancelled = newOrder();
        hold(cancelled, product, 5);
        respread(product, 2);

        release(cancelled, AT.plusSeconds(60));

        assertThat(hold(newOrder(), product, 3)).isFalse();
        assertThat(hold(newOrder(), product, 2)).isTrue();
        assertThat(hold(newOrder(), product, 1)).isFalse();
    }

    /** A new product with that many sellable units, none held. */
    private ProductId stocked(int units) {
        ProductId product = newProduct();
        respread(product, units);
        return product;
    }

    /** Locks the product's hold counts and spreads its sellable units again; answers the units held. */
    private int respread(ProductId product, int sellable) {
        return transactions().inTransaction(() -> {
            int held = holds().lock(product);
            holds().spread(product, sellable);
            return held;
        });
    }

    private boolean hold(OrderId order, ProductId product, int quantity) {
        return transactions().inTransaction(() -> holds().hold(UUID.randomUUID(), order, product, quantity, AT));
    }

    private void release(OrderId order, Instant at) {
        transactions().inTransaction(() -> {
            holds().releaseAll(order, at);
            return null;
        });
    }

    private void settle(OrderId order, Instant at) {
        transactions().inTransaction(() -> {
            holds().settleAll(order, at);
            return null;
        });
    }
}
