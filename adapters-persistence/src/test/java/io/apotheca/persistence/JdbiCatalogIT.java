package io.apotheca.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.catalog.port.out.Categories;
import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.application.inventory.port.out.Batches;
import io.apotheca.domain.catalog.Category;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.Sku;
import io.apotheca.domain.catalog.Slug;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.domain.inventory.BatchId;
import io.apotheca.domain.inventory.BatchStatus;
import io.apotheca.domain.inventory.LotNumber;
import io.apotheca.domain.shared.Money;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiCatalogIT {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;
    private static Categories categories;
    private static Products products;
    private static Batches batches;

    @BeforeAll
    static void open() {
        categories = persistence.categories();
        products = persistence.products();
        batches = persistence.batches();
    }

    @Test
    void a_category_includes_its_subcategories_at_any_depth_and_slugs_are_unique() {
        Category medicines = category("medicines-" + suffix(), Optional.empty());
        Category pain = category("pain-" + suffix(), Optional.of(medicines.id()));
        Category headache = category("headache-" + suffix(), Optional.of(pain.id()));
        Category other = category("other-" + suffix(), Optional.empty());

        assertThat(categories.withDescendants(medicines.id()))
                .containsExactlyInAnyOrder(medicines.id(), pain.id(), headache.id());
        assertThat(categories.withDescendants(other.id())).containsExactly(other.id());
        assertThat(categories.add(
                        new Category(new CategoryId(UUID.randomUUID()), "Copy", pain.slug(), Optional.empty())))
                .isFalse();
    }

    @Test
    void a_sku_belongs_to_one_product_on_add_and_on_update() {
        CategoryId shelf = category("shelf-" + suffix(), Optional.empty()).id();
        Product first = product("SKU-A" + suffix(), shelf);
        Product second = product("SKU-B" + suffix(), shelf);

        assertThat(products.add(first)).isTrue();
        assertThat(products.add(second)).isTrue();
        assertThat(products.add(withSku(product("X", shelf), first.sku()))).isFalse();
        assertThat(products.update(withSku(second, first.sku()))).isFalse();
        assertThat(products.update(second.deactivate())).isTrue();
        assertThat(products.byId(second.id())).hasValue(second.deactivate());
    }

    @Test
    void lots_are_unique_per_product_and_come_back_first_expiry_first_out() {
        CategoryId shelf = category("lots-" + suffix(), Optional.empty()).id();
        Product product = product("LOTS-" + suffix(), shelf);
        Product another = product("LOTS2-" + suffix(), shelf);
        products.add(product);
        products.add(another);

        Batch late = batches.add(batch(product.id(), "L-1", LocalDate.of(2028, 1, 1)))
                .orElseThrow();
        Batch soon = batches.add(batch(product.id(), "L-2", LocalDate.of(2027, 1, 1)))
                .orElseThrow();
        Batch soonToo = batches.add(batch(product.id(), "L-3", LocalDate.of(2027, 1, 1)))
                .orElseThrow();

        assertThat(batches.add(batch(product.id(), "l-1", LocalDate.of(2029, 1, 1))))
                .as("same lot, any case")
                .isEmpty();
        assertThat(batches.add(batch(another.id(), "L-1", LocalDate.of(2029, 1, 1))))
                .as("same lot, other product")
                .isPresent();
        assertThat(soonToo.receiptSequence()).isGreaterThan(soon.receiptSequence());
        assertThat(batches.ofProduct(product.id()))
                .extracting(Batch::id)
                .containsExactly(soon.id(), soonToo.id(), late.id());
        assertThat(persistence.stockHolds().heldOf(product.id())).isZero();
    }

    @Test
    void the_database_itself_refuses_negative_stock_and_a_price_of_zero() throws Exception {
        CategoryId shelf = category("guard-" + suffix(), Optional.empty()).id();
        Product product = product("GUARD-" + suffix(), shelf);
        products.add(product);
        Batch lot = batches.add(batch(product.id(), "G-1", LocalDate.of(2028, 1, 1)))
                .orElseThrow();
        try (Connection connection = postgres.connect()) {
            assertThatThrownBy(() -> connection
                            .createStatement()
                            .executeUpdate("UPDATE batches SET on_hand = -1 WHERE id = '" + lot.id() + "'"))
                    .hasMessageContaining("batches_on_hand_check");
            assertThatThrownBy(() -> connection
                            .createStatement()
                            .executeUpdate("UPDATE products SET price_minor = 0 WHERE id = '" + product.id() + "'"))
                    .hasMessageContaining("products_price_minor_check");
        }
    }

    private static Category category(String slug, Optional<CategoryId> parent) {
        Category category = new Category(new CategoryId(UUID.randomUUID()), slug, new Slug(slug), parent);
        assertThat(categories.add(category)).isTrue();
        return category;
    }

    private static Product product(String sku, CategoryId category) {
        return new Product(
                new ProductId(UUID.randomUUID()),
                new Sku(sku),
                "Paracetamol 500 mg",
                "Pain relief",
                "Acme",
                category,
                Money.of(499, "USD"),
                false,
                5,
                true);
    }

    private static Product withSku(Product p, Sku sku) {
        return new Product(
                p.id(),
                sku,
                p.name(),
                p.description(),
                p.manufacturer(),
                p.categoryId(),
                p.price(),
                p.requiresPrescription(),
                p.reorderLevel(),
                p.active());
    }

    private static Batch batch(ProductId product, String lot, LocalDate expiry) {
        return new Batch(
                new BatchId(UUID.randomUUID()), product, new LotNumber(lot), expiry, 10, BatchStatus.ACTIVE, 0);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
