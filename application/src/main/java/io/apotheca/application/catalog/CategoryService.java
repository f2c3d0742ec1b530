package io.apotheca.application.catalog;

import io.apotheca.application.catalog.port.in.ManageCategoriesUseCase;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CatalogReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.catalog.Category;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.Slug;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The category tree. */
final class CategoryService implements ManageCategoriesUseCase {

    private final CatalogPorts ports;

    CategoryService(CatalogPorts ports) {
        this.ports = ports;
    }

    @Override
    public List<Category> list() {
        return ports.categories().all();
    }

    @Override
    public Outcome<Category> create(Caller caller, NewCategory draft) {
        return Access.admin(caller).then(admin -> {
            Validation validation =
                    new Validation().text("name", draft.name(), 200).text("slug", draft.slug(), 100);
            if (draft.slug() != null && !draft.slug().isBlank() && !Slug.isValid(draft.slug())) {
                validation.problem("slug", "must be lower-case words joined by dashes");
            }
            Optional<Refusal> invalid = validation.refusal();
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            Optional<CategoryId> parent = Optional.ofNullable(draft.parentId()).map(CategoryId::new);
            Category category = new Category(
                    new CategoryId(ports.kernel().ids().next()), draft.name().trim(), new Slug(draft.slug()), parent);
            return ports.kernel().transactions().inTransaction(() -> {
                if (parent.isPresent() && ports.categories().byId(parent.get()).isEmpty()) {
                    return Outcome.refused(
                            Refusal.of(CatalogReason.UNKNOWN_CATEGORY, "There is no such parent category."));
                }
                if (!ports.categories().add(category)) {
                    return Outcome.refused(Refusal.of(CatalogReason.SLUG_TAKEN, "Another category has this slug."));
                }
                ports.audit()
                        .record(
                                caller,
                                "category.created",
                                "category",
                                category.id().toString(),
                                Map.of());
                return Outcome.done(category);
            });
        });
    }
}
