package io.apotheca.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.cart.CartStoreContract;
import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Cart;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL cart store, held to the cart contract on a real database. */
class JdbiCartStoreIT extends CartStoreContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;
    private static CategoryId shelf;

    @BeforeAll
    static void open() {
        shelf = Records.shelf(persistence, "carts");
    }

    @Override
    protected CartStore store() {
        return persistence.carts();
    }

    @Override
    protected UserId newCustomer() {
        return Records.customer(persistence);
    }

    @Override
    protected ProductId newProduct() {
        return Records.product(persistence, shelf);
    }

    @Test
    void a_cart_untouched_for_its_idle_lifetime_reads_as_empty_and_the_next_save_starts_afresh() throws SQLException {
        UserId customer = newCustomer();
        ProductId forgotten = newProduct();
        ProductId fresh = newProduct();
        store().save(Cart.empty(customer).with(forgotten, 2));
        age(customer, CartStore.IDLE_LIFETIME.toDays() + 1);

        assertThat(store().load(customer).isEmpty()).isTrue();

        store().save(store().load(customer).with(fresh, 1));
        assertThat(store().load(customer).quantities()).containsOnlyKeys(fresh);
    }

    private static void age(UserId customer, long days) throws SQLException {
        try (Connection connection = postgres.connect()) {
            connection
                    .createStatement()
                    .executeUpdate("UPDATE cart_lines SET updated_at = now() - interval '" + days
                            + " days' WHERE user_id = '" + customer.value() + "'");
        }
    }
}
