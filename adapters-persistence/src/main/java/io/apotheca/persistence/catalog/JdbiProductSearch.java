package io.apotheca.persistence.catalog;

import io.apotheca.application.catalog.port.out.ProductSearch;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.Product;
import io.apotheca.persistence.JdbiContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The catalog search: each word is a {@code LIKE} on the lower-cased {@code search_text}, served by
 * its trigram index; pages are keyset pages on {@code (name, id)}.
 */
public final class JdbiProductSearch implements ProductSearch {

    private final JdbiContext db;

    public JdbiProductSearch(JdbiContext db) {
        this.db = db;
    }

    @Override
    public List<Product> find(ProductSearch.Query query, Optional<Position> after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + JdbiProducts.COLUMNS + " FROM products WHERE active");
        for (int i = 0; i < query.words().size(); i++) {
            // '!' escapes, not a backslash: Jdbi's statement lexer would read '\' as an escaped quote
            sql.append(" AND search_text LIKE :w").append(i).append(" ESCAPE '!'");
        }
        if (!query.categories().isEmpty()) {
            sql.append(" AND category_id = ANY(:categories)");
        }
        query.manufacturer().ifPresent(m -> sql.append(" AND lower(manufacturer) = lower(:manufacturer)"));
        query.requiresPrescription().ifPresent(rx -> sql.append(" AND requires_prescription = :rx"));
        query.minPriceMinor().ifPresent(p -> sql.append(" AND price_minor >= :minPrice"));
        query.maxPriceMinor().ifPresent(p -> sql.append(" AND price_minor <= :maxPrice"));
        after.ifPresent(a -> sql.append(" AND (name, id) > (:afterName, :afterId)"));
        sql.append(" ORDER BY name, id LIMIT :limit");
        return db.with(h -> {
            org.jdbi.v3.core.statement.Query statement =
                    h.createQuery(sql.toString()).bind("limit", limit);
            for (int i = 0; i < query.words().size(); i++) {
                statement.bind("w" + i, "%" + escapeLike(query.words().get(i)) + "%");
            }
            if (!query.categories().isEmpty()) {
                statement.bindArray(
                        "categories",
                        UUID.class,
                        query.categories().stream().map(CategoryId::value).toList());
            }
            query.manufacturer().ifPresent(m -> statement.bind("manufacturer", m));
            query.requiresPrescription().ifPresent(rx -> statement.bind("rx", rx));
            query.minPriceMinor().ifPresent(p -> statement.bind("minPrice", p));
            query.maxPriceMinor().ifPresent(p -> statement.bind("maxPrice", p));
            after.ifPresent(a -> statement.bind("afterName", a.name()).bind("afterId", a.id()));
            return statement.map(JdbiProducts::map).list();
        });
    }

    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
