package io.apotheca.application.cart;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Cart;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CartStore} must do, whatever keeps the carts. Each adapter's test extends this
 * class and says how to make the store, a customer and a product.
 */
public abstract class CartStoreContract {

    /** The store under test. */
    protected abstract CartStore store();

    /** A customer the store may keep a cart for. */
    protected abstract UserId newCustomer();

    /** A product on sale. */
    protected abstract ProductId newProduct();

    @Test
    void a_customer_who_never_used_the_cart_has_an_empty_one() {
        UserId customer = newCustomer();

        assertThat(store().load(customer)).isEqualTo(Cart.empty(customer));
    }

    @Test
    void a_saved_cart_reads_back_line_for_line_in_the_order_the_lines_were_added() {
        UserId customer = newCustomer();
        ProductId first = newProduct();
        ProductId second = newProduct();
        ProductId third = newProduct();
        Cart cart = Cart.empty(customer).with(second, 3).with(first, 99).with(third, 1);

        store().save(cart);
        Cart loaded = store().load(customer);

        assertThat(loaded).isEqualTo(cart);
        assertThat(List.copyOf(loaded.quantities().keySet())).containsExactly(second, first, third);
    }

    @Test
    void a_full_cart_reads_back_whole_in_its_order() {
        UserId customer = newCustomer();
        Cart cart = Cart.empty(customer);
        for (int line = 0; line < Cart.MAX_LINES; line++) {
            cart = cart.with(newProduct(), 1 + line % 99);
        }

        store().save(cart);
        Cart loaded = store().load(customer);

        assertThat(loaded).isEqualTo(cart);
        assertThat(List.copyOf(loaded.quantities().keySet()))
                .containsExactlyElementsOf(cart.quantities().keySet());
    }

    @Test
    void saving_replaces_the_whole_cart_so_a_removed_line_is_gone_and_a_changed_one_is_changed() {
        UserId customer = newCustomer();
        ProductId kept = newProduct();
        ProductId removed = newProduct();
        store().save(Cart.empty(customer).with(kept, 2).with(removed, 5));

        store().save(Cart.empty(customer).with(kept, 7));

        assertThat(store().load(customer).quantities()).isEqualTo(Map.of(kept, 7));
    }

    @Test
    void saving_an_empty_cart_clears_it() {
        UserId customer = newCustomer();
        store().save(Cart.empty(customer).with(newProduct(), 4));

        store().save(Cart.empty(customer));

        assertThat(store().load(customer).isEmpty()).isTrue();
    }

    @Test
    void one_customers_cart_never_shows_in_anothers() {
        UserId alice = newCustomer();
        UserId bob = newCustomer();
        ProductId product = newProduct();

        store().save(Cart.empty(alice).with(product, 1));
        store().save(Cart.empty(bob).with(product, 9));
        store().save(Cart.empty(alice));

        assertThat(store().load(alice).isEmpty()).isTrue();
        assertThat(store().load(bob).quantities()).isEqualTo(Map.of(product, 9));
    }

    @Test
    void a_cart_is_replaced_only_while_it_is_as_expected() {
        UserId customer = newCustomer();
        ProductId product = newProduct();
        Cart two = Cart.empty(customer).with(product, 2);
        Cart three = Cart.empty(customer).with(product, 3);
        store().save(two);

        assertThat(store().replace(three, Cart.empty(customer))).isFalse();
        assertThat(store().load(customer).quantities()).isEqualTo(Map.of(product, 2));
        assertThat(store().replace(two, Cart.empty(customer))).isTrue();
        assertThat(store().load(customer).isEmpty()).isTrue();
        assertThat(store().replace(Cart.empty(customer), two)).as("given back").isTrue();
        assertThat(store().load(customer).quantities()).isEqualTo(Map.of(product, 2));
    }
}
