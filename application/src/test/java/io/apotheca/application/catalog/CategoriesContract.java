package io.apotheca.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.catalog.port.out.Categories;
import io.apotheca.domain.catalog.Category;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.Slug;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every store of the catalog's categories must do, whatever keeps them. The in-memory fake
 * and the PostgreSQL store each extend this class.
 */
public abstract class CategoriesContract {

    /** The store under test. */
    protected abstract Categories categories();

    @Test
    void a_category_reads_back_with_its_parent_and_an_unknown_one_is_absent() {
        Category medicines = category("Medicines", Optional.empty());
        Category pain = category("Pain relief", Optional.of(medicines.id()));

        assertThat(categories().add(medicines)).isTrue();
        assertThat(categories().add(pain)).isTrue();

        assertThat(categories().byId(medicines.id())).contains(medicines);
        assertThat(categories().byId(pain.id())).contains(pain);
        assertThat(categories().byId(new CategoryId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void a_category_whose_slug_is_taken_is_refused_and_nothing_is_written() {
        Category first = category("Allergy", Optional.empty());
        categories().add(first);
        Category copy = new Category(new CategoryId(UUID.randomUUID()), "Hay fever", first.slug(), Optional.empty());

        assertThat(categories().add(copy)).isFalse();

        assertThat(categories().byId(copy.id())).isEmpty();
        assertThat(categories().all()).contains(first).doesNotContain(copy);
    }

    @Test
    void a_category_id_already_in_use_is_refused_and_the_first_category_stands() {
        Category first = category("Skin care", Optional.empty());
        categories().add(first);
        Category sameId = new Category(first.id(), "Sun care", slug(), Optional.empty());

        assertThat(categories().add(sameId)).isFalse();

        assertThat(categories().byId(first.id())).contains(first);
    }

    @Test
    void a_category_comes_with_every_category_below_it_at_any_depth_and_no_other() {
        Category medicines = category("Medicines", Optional.empty());
        Category pain = category("Pain relief", Optional.of(medicines.id()));
        Category headache = category("Headache", Optional.of(pain.id()));
        Category colds = category("Colds", Optional.of(medicines.id()));
        Category other = category("Baby care", Optional.empty());
        for (Category category : List.of(medicines, pain, headache, colds, other)) {
            categories().add(category);
        }

        assertThat(categories().withDescendants(medicines.id()))
                .containsExactlyInAnyOrder(medicines.id(), pain.id(), headache.id(), colds.id());
        assertThat(categories().withDescendants(pain.id())).containsExactlyInAnyOrder(pain.id(), headache.id());
        assertThat(categories().withDescendants(other.id())).containsExactly(other.id());
    }

    @Test
    void all_categories_are_listed_by_name_and_namesakes_by_id() {
        Category vitamins = category("Vitamins", Optional.empty());
        Category dental = category("Dental", Optional.empty());
        Category eyes = category("Eyes", Optional.empty());
        Category eyesAgain = category("Eyes", Optional.empty());
        List<Category> ours = List.of(vitamins, dental, eyes, eyesAgain);
        ours.forEach(categories()::add);
        List<Category> byId =
                eyes.id().value().toString().compareTo(eyesAgain.id().value().toString()) < 0
                        ? List.of(eyes, eyesAgain)
                        : List.of(eyesAgain, eyes);

        List<Category> listed =
                categories().all().stream().filter(ours::contains).toList();

        assertThat(listed).containsExactly(dental, byId.get(0), byId.get(1), vitamins);
    }

    private static Category category(String name, Optional<CategoryId> parent) {
        return new Category(new CategoryId(UUID.randomUUID()), name, slug(), parent);
    }

    private static Slug slug() {
        return new Slug("shelf-" + UUID.randomUUID());
    }
}
