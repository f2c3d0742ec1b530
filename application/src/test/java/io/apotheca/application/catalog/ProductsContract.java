package io.apotheca.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.DrugSchedule;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.Sku;
import io.apotheca.domain.pricing.TaxCategory;
import io.apotheca.domain.shared.Money;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every store of the catalog's products must do, whatever keeps them. The in-memory fake and
 * the PostgreSQL store each extend this class and say how to make a category a product may sit in.
 */
public abstract class ProductsContract {

    /** Ids in the order PostgreSQL sorts them: their text, which is byte order. */
    private static final Comparator<ProductId> ID_ORDER =
            Comparator.comparing(id -> id.value().toString());

    /** The store under test. */
    protected abstract Products products();

    /** A category the store accepts products in. */
    protected abstract CategoryId newShelf();

    @Test
    void a_product_reads_back_as_it_was_added_and_an_unknown_one_is_absent() {
        Product product = new Product(
                new ProductId(UUID.randomUUID()),
                sku(),
                "Salbutamol inhaler 100 mcg",
                "Relieves asthma",
                "Respira",
                newShelf(),
                Money.of(1299, "EUR"),
                true,
                3,
                true,
                TaxCategory.REDUCED,
                Optional.of(DrugSchedule.CIV));

        assertThat(products().add(product)).isTrue();

        assertThat(products().byId(product.id())).contains(product);
        assertThat(products().byId(new ProductId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void a_product_whose_sku_is_taken_is_refused_and_nothing_is_written() {
        CategoryId shelf = newShelf();
        Product first = product(shelf, sku(), true);
        products().add(first);
        Product copy = product(shelf, first.sku(), true);

        assertThat(products().add(copy)).isFalse();

        assertThat(products().byId(copy.id())).isEmpty();
        assertThat(products().byId(first.id())).contains(first);
    }

    @Test
    void a_product_id_already_in_use_is_refused_and_the_first_product_stands() {
        CategoryId shelf = newShelf();
        Product first = product(shelf, sku(), true);
        products().add(first);
        Product sameId =
                new Product(first.id(), sku(), "Other", "", "Other", shelf, Money.of(100, "USD"), false, 0, false);

        assertThat(products().add(sameId)).isFalse();

        assertThat(products().byId(first.id())).contains(first);
    }

    @Test
    void an_update_stores_every_change_but_refuses_another_products_sku_and_an_unknown_product() {
        CategoryId shelf = newShelf();
        Product first = product(shelf, sku(), true);
        Product second = product(shelf, sku(), true);
        products().add(first);
        products().add(second);
        Product changed = new Product(
                second.id(),
                sku(),
                "Ibuprofen 400 mg",
                "Stronger",
                "Acme Pharma",
                newShelf(),
                Money.of(720, "USD"),
                true,
                9,
                false,
                TaxCategory.EXEMPT,
                Optional.of(DrugSchedule.CII));

        assertThat(products().update(changed)).isTrue();
        assertThat(products().byId(second.id())).contains(changed);
        Product uncontrolled = new Product(
                changed.id(),
                changed.sku(),
                changed.name(),
                changed.description(),
                changed.manufacturer(),
                changed.categoryId(),
                changed.price(),
                true,
                changed.reorderLevel(),
                changed.active(),
                changed.taxCategory(),
                Optional.empty());
        assertThat(products().update(uncontrolled)).isTrue();
        assertThat(products().byId(second.id())).contains(uncontrolled);
        assertThat(products().update(changed)).isTrue();

        assertThat(products().update(withSku(changed, first.sku()))).isFalse();
        assertThat(products().byId(second.id())).contains(changed);
        Product unknown = product(shelf, sku(), true);
        assertThat(products().update(unknown)).isFalse();
        assertThat(products().byId(unknown.id())).isEmpty();
    }

    @Test
    void active_products_come_in_id_order_after_the_id_given_and_no_more_than_asked_for() {
        CategoryId shelf = newShelf();
        List<Product> active =
                List.of(product(shelf, sku(), true), product(shelf, sku(), true), product(shelf, sku(), true));
        Product inactive = product(shelf, sku(), false);
        active.forEach(products()::add);
        products().add(inactive);
        List<ProductId> ours = active.stream().map(Product::id).sorted(ID_ORDER).toList();

        List<ProductId> listed = ids(products().active(Optional.empty(), 10_000));
        List<ProductId> after = ids(products().active(Optional.of(ours.get(0)), 10_000));
        List<ProductId> one = ids(products().active(Optional.of(ours.get(0)), 1));

        assertThat(listed).isSortedAccordingTo(ID_ORDER).containsAll(ours).doesNotContain(inactive.id());
        assertThat(after)
                .isSortedAccordingTo(ID_ORDER)
                .contains(ours.get(1), ours.get(2))
                .doesNotContain(ours.get(0));
        assertThat(one).hasSize(1);
        assertThat(ID_ORDER.compare(one.get(0), ours.get(0))).isPositive();
        assertThat(ID_ORDER.compare(one.get(0), ours.get(1))).isNotPositive();
    }

    private static Product product(CategoryId shelf, Sku sku, boolean active) {
        return new Product(
                new ProductId(UUID.randomUUID()),
                sku,
                "Ibuprofen 200 mg",
                "Pain relief",
                "Acme",
                shelf,
                Money.of(350, "USD"),
                false,
                5,
                active);
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
                p.active(),
                p.taxCategory());
    }

    private static Sku sku() {
        return new Sku("C-" + UUID.randomUUID());
    }

    private static List<ProductId> ids(List<Product> products) {
        return products.stream().map(Product::id).toList();
    }
}
