package io.apotheca.application.catalog;

import io.apotheca.application.catalog.port.out.Categories;
import io.apotheca.application.memory.InMemoryCategories;

/** The in-memory categories, held to the same contract as the PostgreSQL store. */
class InMemoryCategoriesTest extends CategoriesContract {

    private final InMemoryCategories categories = new InMemoryCategories();

    @Override
    protected Categories categories() {
        return categories;
    }
}
