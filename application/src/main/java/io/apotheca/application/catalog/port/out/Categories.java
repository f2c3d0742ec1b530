package io.apotheca.application.catalog.port.out;

import io.apotheca.domain.catalog.Category;
import io.apotheca.domain.catalog.CategoryId;
import java.util.List;
import java.util.Optional;

/** The catalog's categories; slugs are unique. */
public interface Categories {

    /** Adds a category; false, and nothing written, when its slug is taken. */
    boolean add(Category category);

    Optional<Category> byId(CategoryId id);

    List<Category> all();

    /** The category and every category below it, at any depth. */
    List<CategoryId> withDescendants(CategoryId id);
}
