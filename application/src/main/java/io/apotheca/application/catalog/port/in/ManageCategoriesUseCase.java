package io.apotheca.application.catalog.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.catalog.Category;
import java.util.List;
import java.util.UUID;

/** Anyone reads the category tree; an administrator adds to it. Audited. */
public interface ManageCategoriesUseCase {

    List<Category> list();

    Outcome<Category> create(Caller caller, NewCategory category);

    /**
     * @param name the category's name
     * @param slug its unique name in URLs
     * @param parentId the category it sits in, or null
     */
    record NewCategory(String name, String slug, UUID parentId) {}
}
