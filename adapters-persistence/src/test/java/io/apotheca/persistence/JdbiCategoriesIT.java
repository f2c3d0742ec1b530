package io.apotheca.persistence;

import io.apotheca.application.catalog.CategoriesContract;
import io.apotheca.application.catalog.port.out.Categories;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL categories, held to the categories contract on a real database. */
class JdbiCategoriesIT extends CategoriesContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;

    @Override
    protected Categories categories() {
        return persistence.categories();
    }
}
