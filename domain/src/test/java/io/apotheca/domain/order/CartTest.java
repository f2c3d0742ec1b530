package io.apotheca.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CartTest {

    private static final UserId ADA = new UserId(UUID.fromString("00000000-0000-7000-8000-00000000000a"));

    private static ProductId product(int n) {
        return new ProductId(new UUID(0x7000L, n));
    }

    private static Cart full() {
        Cart cart = Cart.empty(ADA);
        for (int n = 0; n < Cart.MAX_LINES; n++) {
            cart = cart.with(product(n), 1);
        }
        return cart;
    }

    @Test
    void a_full_cart_takes_no_new_product_but_still_changes_and_drops_its_lines() {
        Cart full = full();

        assertThat(full.isFullFor(product(Cart.MAX_LINES))).isTrue();
        assertThat(full.isFullFor(product(0))).isFalse();
        assertThat(full.with(product(0), 7).quantities()).containsEntry(product(0), 7);
        assertThat(full.with(product(0), 0).isFullFor(product(Cart.MAX_LINES))).isFalse();
        assertThatThrownBy(() -> full.with(product(Cart.MAX_LINES), 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
