package io.apotheca.persistence.catalog;

import io.apotheca.application.catalog.port.out.Categories;
import io.apotheca.domain.catalog.Category;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.Slug;
import io.apotheca.persistence.JdbiContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** Categories in {@code categories}; the tree is walked with a recursive query. */
public final class JdbiCategories implements Categories {

    private final JdbiContext db;

    public JdbiCategories(JdbiContext db) {
        this.db = db;
    }

    @Override
    public boolean add(Category category) {
        return db.with(h -> h.createUpdate(
                                "INSERT INTO categories (id, name, slug, parent_id) VALUES (:id, :name, :slug, :parent)"
                                        + " ON CONFLICT DO NOTHING")
                        .bind("id", category.id().value())
                        .bind("name", category.name())
                        .bind("slug", category.slug().value())
                        .bind(
                                "parent",
                                category.parentId().map(CategoryId::value).orElse(null))
                        .execute())
                == 1;
    }

    @Override
    public Optional<Category> byId(CategoryId id) {
        return db.with(h -> h.createQuery("SELECT id, name, slug, parent_id FROM categories WHERE id = :id")
                .bind("id", id.value())
                .map(JdbiCategories::map)
                .findOne());
    }

    @Override
    public List<Category> all() {
        return db.with(h -> h.createQuery("SELECT id, name, slug, parent_id FROM categories ORDER BY name, id")
                .map(JdbiCategories::map)
                .list());
    }

    @Override
    public List<CategoryId> withDescendants(CategoryId id) {
        return db.with(h -> h.createQuery("""
                        WITH RECURSIVE tree AS (
                            SELECT id FROM categories WHERE id = :id
                            UNION
                            SELECT c.id FROM categories c JOIN tree t ON c.parent_id = t.id)
                        SELECT id FROM tree""")
                .bind("id", id.value())
                .map((row, ctx) -> new CategoryId(row.getObject("id", UUID.class)))
                .list());
    }

    private static Category map(ResultSet row, StatementContext ctx) throws SQLException {
        return new Category(
                new CategoryId(row.getObject("id", UUID.class)),
                row.getString("name"),
                new Slug(row.getString("slug")),
                Optional.ofNullable(row.getObject("parent_id", UUID.class)).map(CategoryId::new));
    }
}
