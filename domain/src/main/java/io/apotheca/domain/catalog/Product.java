package io.apotheca.domain.catalog;

import io.apotheca.domain.pricing.TaxCategory;
import io.apotheca.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One product of the catalog. Changed by administrators; deactivation takes it out of listings and
 * carts while orders and history keep it.
 *
 * @param id the product's id
 * @param sku its unique stock-keeping unit
 * @param name its name, as customers see it
 * @param description what it is
 * @param manufacturer who makes it
 * @param categoryId the category it sits in
 * @param price the unit price, more than zero
 * @param requiresPrescription whether a verified pharmacist must approve a prescription before it is sold
 * @param reorderLevel at or under this many available units, the product appears on the low-stock report
 * @param active whether it is on sale
 * @param taxCategory how it is taxed; prescription-only products are exempt unless filed otherwise
 * @param schedule its controlled-substance schedule, empty when it is not controlled; a controlled
 *     product is always prescription-only
 */
public record Product(
        ProductId id,
        Sku sku,
        String name,
        String description,
        String manufacturer,
        CategoryId categoryId,
        Money price,
        boolean requiresPrescription,
        int reorderLevel,
        boolean active,
        TaxCategory taxCategory,
        Optional<DrugSchedule> schedule) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(taxCategory, "taxCategory");
        Objects.requireNonNull(schedule, "schedule");
        if (schedule.isPresent() && !requiresPrescription) {
            throw new IllegalArgumentException("a controlled medicine is prescription-only");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("a product needs a name");
        }
        if (price.isZero()) {
            throw new IllegalArgumentException("a product's price is more than zero");
        }
        if (reorderLevel < 0) {
            throw new IllegalArgumentException("a reorder level is never negative");
        }
    }

    /** A product that is not a controlled substance. */
    public Product(
            ProductId id,
            Sku sku,
            String name,
            String description,
            String manufacturer,
            CategoryId categoryId,
            Money price,
            boolean requiresPrescription,
            int reorderLevel,
            boolean active,
            TaxCategory taxCategory) {
        this(
                id,
                sku,
                name,
                description,
                manufacturer,
                categoryId,
                price,
                requiresPrescription,
                reorderLevel,
                active,
                taxCategory,
                Optional.empty());
    }

    /** A product in the tax category its kind gets by default (see {@link TaxCategory#defaultFor}). */
    public Product(
            ProductId id,
            Sku sku,
            String name,
            String description,
            String manufacturer,
            CategoryId categoryId,
            Money price,
            boolean requiresPrescription,
            int reorderLevel,
            boolean active) {
        this(
                id,
                sku,
                name,
                description,
                manufacturer,
                categoryId,
                price,
                requiresPrescription,
                reorderLevel,
                active,
                TaxCategory.defaultFor(requiresPrescription));
    }

    public Product deactivate() {
        return withActive(false);
    }

    public Product withActive(boolean onSale) {
        return new Product(
                id,
                sku,
                name,
                description,
                manufacturer,
                categoryId,
                price,
                requiresPrescription,
                reorderLevel,
                onSale,
                taxCategory,
                schedule);
    }
}
