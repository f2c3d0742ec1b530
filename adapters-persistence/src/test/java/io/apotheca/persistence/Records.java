package io.apotheca.persistence;

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
import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The rows other rows point at (an account, a shelf, a product), stored through the real stores. */
final class Records {

    private Records() {}

    /** A new customer account. */
    static UserId customer(PostgresPersistence persistence) {
        UserId id = new UserId(UUID.randomUUID());
        account(persistence, id, Role.CUSTOMER);
        return id;
    }

    /** A new account of this id and role. */
    static void account(PostgresPersistence persistence, UserId id, Role role) {
        persistence
                .users()
                .add(new User(
                        id,
                        new Email(id.value() + "@example.org"),
                        "Test " + role.name().toLowerCase(java.util.Locale.ROOT),
                        role,
                        true,
                        new PasswordHash("$argon2id$stand-in"),
                        Instant.now()));
    }

    /** A new category, named after its purpose. */
    static CategoryId shelf(PostgresPersistence persistence, String purpose) {
        String slug = purpose + "-" + UUID.randomUUID().toString().substring(0, 6);
        Category category = new Category(new CategoryId(UUID.randomUUID()), slug, new Slug(slug), Optional.empty());
        persistence.categories().add(category);
        return category.id();
    }

    /** A new active, non-prescription product on the shelf, at 3.50 USD. */
    static ProductId product(PostgresPersistence persistence, CategoryId shelf) {
        ProductId id = new ProductId(UUID.randomUUID());
        persistence
                .products()
                .add(new Product(
                        id,
                        new Sku("SKU-" + id.value().toString().substring(0, 8)),
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

    /** A new active lot of ten units of the product, expiring at the end of 2030. */
    static io.apotheca.domain.inventory.BatchId batch(PostgresPersistence persistence, ProductId product) {
        var lot = new io.apotheca.domain.inventory.Batch(
                new io.apotheca.domain.inventory.BatchId(UUID.randomUUID()),
                product,
                new io.apotheca.domain.inventory.LotNumber(
                        "L-" + UUID.randomUUID().toString().substring(0, 8)),
                java.time.LocalDate.parse("2030-12-31"),
                10,
                io.apotheca.domain.inventory.BatchStatus.ACTIVE,
                0);
        return persistence.batches().add(lot).orElseThrow().id();
    }

    /** A new order of one product by a new customer, placed now and awaiting payment. */
    static io.apotheca.domain.order.OrderId order(PostgresPersistence persistence, CategoryId shelf) {
        var line = new io.apotheca.domain.order.OrderLine(
                product(persistence, shelf),
                "Ibuprofen 200 mg",
                io.apotheca.domain.order.Quantity.of(1),
                Money.of(350, "USD"),
                false,
                java.util.List.of());
        var details = new io.apotheca.domain.order.OrderDetails(
                new io.apotheca.domain.order.OrderId(UUID.randomUUID()),
                customer(persistence),
                java.util.List.of(line),
                Instant.now());
        var order = io.apotheca.domain.order.Order.place(
                details, details.placedAt(), java.time.Duration.ofMinutes(30), java.time.Duration.ofHours(48));
        persistence
                .orders()
                .add(
                        order,
                        new io.apotheca.domain.order.ShippingAddress(
                                "Test Customer", "1 Test Street", null, "London", null, "SW1Y 4JH", "GB"));
        return order.id();
    }
}
