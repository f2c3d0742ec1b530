package io.apotheca.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.inventory.RecallShortfall.Holding;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecallShortfallTest {

    private final UUID newest = UUID.randomUUID();
    private final UUID middle = UUID.randomUUID();
    private final UUID oldest = UUID.randomUUID();
    private final List<Holding> held = List.of(new Holding(newest, 2), new Holding(middle, 3), new Holding(oldest, 4));

    @Test
    void nothing_is_cancelled_while_what_is_held_still_fits() {
        assertThat(RecallShortfall.ordersToCancel(9, held)).isEmpty();
        assertThat(RecallShortfall.ordersToCancel(20, held)).isEmpty();
    }

    @Test
    void the_newest_orders_give_way_first_each_whole_until_the_rest_fits() {
        assertThat(RecallShortfall.ordersToCancel(8, held)).containsExactly(newest);
        assertThat(RecallShortfall.ordersToCancel(7, held)).containsExactly(newest);
        assertThat(RecallShortfall.ordersToCancel(6, held)).containsExactly(newest, middle);
        assertThat(RecallShortfall.ordersToCancel(4, held)).containsExactly(newest, middle);
        assertThat(RecallShortfall.ordersToCancel(3, held)).containsExactly(newest, middle, oldest);
        assertThat(RecallShortfall.ordersToCancel(0, held)).containsExactly(newest, middle, oldest);
    }

    @Test
    void a_holding_is_of_at_least_one_unit() {
        assertThatThrownBy(() -> new Holding(newest, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
