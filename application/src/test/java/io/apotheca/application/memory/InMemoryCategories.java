package io.apotheca.application.memory;

import io.apotheca.application.catalog.port.out.Categories;
import io.apotheca.domain.catalog.Category;
import io.apotheca.domain.catalog.CategoryId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Categories in a map; ids and slugs unique; listed by name, then id, as PostgreSQL lists them. */
public final class InMemoryCategories implements Categories {

    private final Map<CategoryId, Category> categories = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean add(Category category) {
        if (categories.containsKey(category.id())
                || categories.values().stream().anyMatch(c -> c.slug().equals(category.slug()))) {
            return false;
        }
        categories.put(category.id(), category);
        return true;
    }

    @Override
    public Optional<Category> byId(CategoryId id) {
        return Optional.ofNullable(categories.get(id));
    }

    @Override
    public List<Category> all() {
        return categories.values().stream()
                .sorted(Comparator.comparing(Category::name).thenComparing(c -> c.id().value(), Ids::compare))
                .toList();
    }

    @Override
    public List<CategoryId> withDescendants(CategoryId id) {
        List<CategoryId> found = new ArrayList<>(List.of(id));
        for (int i = 0; i < found.size(); i++) {
            CategoryId parent = found.get(i);
            categories.values().stream()
                    .filter(c -> c.parentId().filter(parent::equals).isPresent())
                    .forEach(c -> found.add(c.id()));
        }
        return found;
    }
}
