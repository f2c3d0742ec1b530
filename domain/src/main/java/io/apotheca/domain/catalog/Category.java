package io.apotheca.domain.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * A shelf of the catalog, such as "Pain relief", possibly inside another ("Medicines"). Filtering by
 * a category includes its subcategories.
 *
 * @param id the category's id
 * @param name its name, for people
 * @param slug its unique name in URLs
 * @param parentId the category it sits in, if any
 */
public record Category(CategoryId id, String name, Slug slug, Optional<CategoryId> parentId) {

    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(parentId, "parentId");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a category needs a name");
        }
        if (parentId.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("a category cannot sit inside itself");
        }
    }
}
