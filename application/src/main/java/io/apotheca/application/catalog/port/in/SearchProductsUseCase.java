package io.apotheca.application.catalog.port.in;

import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Page;
import io.apotheca.application.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Anyone browses the active catalog: every word of {@code q} must match the name, manufacturer or
 * SKU; a category includes its subcategories; prices in minor units, inclusive. Pages follow an
 * opaque, signed cursor.
 */
public interface SearchProductsUseCase {

    Outcome<Page<ProductDetails>> search(Filters filters, PageRequest page);

    record Filters(
            Optional<String> q,
            Optional<UUID> categoryId,
            Optional<String> manufacturer,
            Optional<Boolean> requiresPrescription,
            Optional<Long> minPrice,
            Optional<Long> maxPrice) {}
}
