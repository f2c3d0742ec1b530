package io.apotheca.application.catalog;

import io.apotheca.application.catalog.port.in.ProductDetails;
import io.apotheca.application.catalog.port.in.SearchProductsUseCase;
import io.apotheca.application.catalog.port.out.ProductSearch;
import io.apotheca.application.catalog.port.out.ProductSearch.Position;
import io.apotheca.application.catalog.port.out.ProductSearch.Query;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Page;
import io.apotheca.application.shared.PageRequest;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.SignedCursors;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.ProductImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The shop window: keyset pages of active products with their available units. */
final class ProductSearchService implements SearchProductsUseCase {

    private final CatalogPorts ports;
    private final ProductSearch search;
    private final SignedCursors cursors;

    ProductSearchService(CatalogPorts ports, ProductSearch search, SignedCursors cursors) {
        this.ports = ports;
        this.search = search;
        this.cursors = cursors;
    }

    @Override
    public Outcome<Page<ProductDetails>> search(Filters filters, PageRequest page) {
        Validation validation = new Validation();
        filters.minPrice().filter(p -> p < 0).ifPresent(p -> validation.problem("minPrice", "must not be negative"));
        filters.maxPrice().filter(p -> p < 0).ifPresent(p -> validation.problem("maxPrice", "must not be negative"));
        Optional<Refusal> invalid = validation.refusal();
        if (invalid.isPresent()) {
            return Outcome.refused(invalid.get());
        }
        String fingerprint = fingerprint(filters);
        Optional<Position> after = Optional.empty();
        if (page.cursor().isPresent()) {
            Optional<Position> position =
                    cursors.decode(fingerprint, page.cursor().get()).flatMap(ProductSearchService::position);
            if (position.isEmpty()) {
                return Outcome.refused(
                        Refusal.of(CommonReason.INVALID_CURSOR, "The cursor is not valid for this search."));
            }
            after = position;
        }
        String key = fingerprint + "|" + page.limit() + "|" + page.cursor().orElse("");
        Optional<Position> from = after;
        return Outcome.done(ports.shopWindow().page(key, () -> render(filters, fingerprint, from, page)));
    }

    /** The page as the catalog and the stock have it now. */
    private Page<ProductDetails> render(
            Filters filters, String fingerprint, Optional<Position> from, PageRequest page) {
        List<CategoryId> categories = filters.categoryId()
                .map(id -> ports.categories().withDescendants(new CategoryId(id)))
                .orElse(List.of());
        if (filters.categoryId().isPresent() && categories.isEmpty()) {
            return new Page<>(List.of(), Optional.empty()); // no such category: nothing in it
        }
        Query query = new Query(
                words(filters.q()),
                categories,
                filters.manufacturer().map(String::trim).filter(m -> !m.isEmpty()),
                filters.requiresPrescription(),
                filters.minPrice(),
                filters.maxPrice());
        List<Product> rows = search.find(query, from, page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<Product> items = more ? rows.subList(0, page.limit()) : rows;
        Optional<String> next = Optional.empty();
        if (more) {
            Product last = items.get(items.size() - 1);
            next = Optional.of(cursors.encode(fingerprint, last.id() + "\n" + last.name()));
        }
        return new Page<>(withAvailable(items), next);
    }

    /** Available units of a whole page, read together, and its pictures. */
    private List<ProductDetails> withAvailable(List<Product> products) {
        List<ProductId> ids = products.stream().map(Product::id).toList();
        Map<ProductId, Integer> available = ports.availability().of(ids);
        Map<ProductId, List<ProductImage>> images = ports.images().of(ids);
        List<ProductDetails> details = new ArrayList<>();
        for (Product product : products) {
            details.add(new ProductDetails(
                    product, available.get(product.id()), images.getOrDefault(product.id(), List.of())));
        }
        return details;
    }

    private static List<String> words(Optional<String> q) {
        return q.map(text -> Arrays.stream(text.toLowerCase(Locale.ROOT).trim().split("\\s+"))
                        .filter(w -> !w.isEmpty())
                        .limit(10)
                        .toList())
                .orElse(List.of());
    }

    private static String fingerprint(Filters f) {
        return String.join(
                "|",
                f.q().orElse(""),
                f.categoryId().map(UUID::toString).orElse(""),
                f.manufacturer().orElse(""),
                f.requiresPrescription().map(String::valueOf).orElse(""),
                f.minPrice().map(String::valueOf).orElse(""),
                f.maxPrice().map(String::valueOf).orElse(""));
    }

    private static Optional<Position> position(String text) {
        String[] parts = text.split("\n", 2);
        try {
            return parts.length == 2
                    ? Optional.of(new Position(parts[1], UUID.fromString(parts[0])))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
