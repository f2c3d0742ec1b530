package io.apotheca.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.cart.CartStoreContract;
import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.domain.catalog.Category;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.Sku;
import io.apotheca.domain.catalog.Slug;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Cart;
import io.apotheca.domain.shared.Money;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL cart store, held to the cart contract on a real database. */
class JdbiCartStoreIT extends CartStoreContract {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    private static PostgresPersistence persistence;
    private static CategoryId shelf;

    @BeforeAll
    static void open() {
        TestDatabase db = postgres.database();
        persistence = PostgresPersistence.open(PostgresSettings.of(db.jdbcUrl(), db.username(), db.password()));
        String slug = "carts-" + UUID.randomUUID().toString().substring(0, 6);
        Category category = new Category(new CategoryId(UUID.randomUUID()), slug, new Slug(slug), Optional.empty());
        persistence.categories().add(category);
        shelf = category.id();
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Override
    protected CartStore store() {
        return persistence.carts();
    }

    @Override
    protected UserId newCustomer() {
        UserId id = new UserId(UUID.randomUUID());
        persistence
                .users()
                .add(new User(
                        id,
                        new Email(id.value() + "@example.org"),
                        "Cart Customer",
                        Role.CUSTOMER,
                        true,
                        new PasswordHash("$argon2id$stand-in"),
                        Instant.now()));
        return id;
    }

    @Override
    protected ProductId newProduct() {
        ProductId id = new ProductId(UUID.randomUUID());
        persistence
                .products()
                .add(new Product(
                        id,
                        new Sku("CART-" + id.value().toString().substring(0, 8)),
                        "Ibuprofen 200 mg",
                        "Pain relief",
                        "Acme",
                        shelf,
                        Money.of(350, "USD"),
                        false,
                        5,
                        true));
        return id;
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
        TestDatabase db = postgres.database();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            connection
                    .createStatement()
                    .executeUpdate("UPDATE cart_lines SET updated_at = now() - interval '" + days
                            + " days' WHERE user_id = '" + customer.value() + "'");
        }
    }
}
