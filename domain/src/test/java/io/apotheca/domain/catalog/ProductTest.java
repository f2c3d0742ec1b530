package io.apotheca.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.shared.Money;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static final CategoryId PAIN_RELIEF = new CategoryId(new UUID(3, 3));

    @Test
    void a_product_needs_a_price_above_zero_and_a_reorder_level_not_below_zero() {
        assertThatThrownBy(() -> product(Money.of(0, "USD"), 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> product(Money.of(499, "USD"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deactivating_keeps_everything_else() {
        Product active = product(Money.of(499, "USD"), 5);

        Product inactive = active.deactivate();

        assertThat(inactive.active()).isFalse();
        assertThat(inactive.withActive(true)).isEqualTo(active);
    }

    @Test
    void a_controlled_medicine_is_prescription_only_and_keeps_its_schedule_off_sale() {
        assertThat(controlled(true).schedule()).contains(DrugSchedule.CIII);
        assertThat(controlled(true).deactivate().schedule()).contains(DrugSchedule.CIII);
        assertThatThrownBy(() -> controlled(false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(product(Money.of(499, "USD"), 5).schedule()).isEmpty();
    }

    private static Product controlled(boolean prescriptionOnly) {
        return new Product(
                new ProductId(UUID.randomUUID()),
                new Sku("BUP-2"),
                "Buprenorphine 2 mg",
                "",
                "Acme",
                PAIN_RELIEF,
                Money.of(1899, "USD"),
                prescriptionOnly,
                2,
                true,
                io.apotheca.domain.pricing.TaxCategory.EXEMPT,
                Optional.of(DrugSchedule.CIII));
    }

    @Test
    void skus_and_slugs_have_one_spelling() {
        assertThat(new Sku(" para-500 ")).isEqualTo(new Sku("PARA-500"));
        assertThatThrownBy(() -> new Sku("para 500")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Slug("Pain Relief")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Category(PAIN_RELIEF, "Pain", new Slug("pain"), Optional.of(PAIN_RELIEF)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Product product(Money price, int reorderLevel) {
        return new Product(
                new ProductId(new UUID(4, 4)),
                new Sku("PARA-500"),
                "Paracetamol 500 mg, 16 tablets",
                "Pain and fever relief",
                "Acme Pharma",
                PAIN_RELIEF,
                price,
                false,
                reorderLevel,
                true);
    }
}
