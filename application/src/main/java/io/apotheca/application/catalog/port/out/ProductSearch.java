package io.apotheca.application.catalog.port.out;

import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.Product;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds active products, ordered by name then id, a page at a time after a position (keyset), so
 * that a page costs the same wherever it is and inserts between fetches never repeat an item.
 */
public interface ProductSearch {

    List<Product> find(Query query, Optional<Position> after, int limit);

    /**
     * @param words each must occur in the name, manufacturer or SKU, in any case
     * @param categories the category and its subcategories, or empty for all
     * @param manufacturer exactly this manufacturer, in any case
     * @param requiresPrescription only prescription-only (or only non-prescription) products
     * @param minPriceMinor the least price, inclusive
     * @param maxPriceMinor the highest price, inclusive
     */
    record Query(
            List<String> words,
            List<CategoryId> categories,
            Optional<String> manufacturer,
            Optional<Boolean> requiresPrescription,
            Optional<Long> minPriceMinor,
            Optional<Long> maxPriceMinor) {}

    /**
     * Where the previous page ended.
     *
     * @param name the last product's name
     * @param id the last product's id
     */
    record Position(String name, UUID id) {}
}
