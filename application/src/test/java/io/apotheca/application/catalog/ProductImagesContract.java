package io.apotheca.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.catalog.port.out.ProductImages;
import io.apotheca.application.shared.port.out.Transactions;
import io.apotheca.domain.catalog.ImageDimensions;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.ProductImage;
import io.apotheca.domain.catalog.ProductImageId;
import io.apotheca.domain.shared.DocumentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every store of products' pictures must do, whatever keeps them. The in-memory fake and the
 * PostgreSQL store each extend this class and say how to make a product and run a transaction.
 */
public abstract class ProductImagesContract {

    private static final Instant ADDED = Instant.parse("2026-11-30T09:00:00.123456Z");

    /** The store under test. */
    protected abstract ProductImages images();

    /** The transactions the store's changes run in. */
    protected abstract Transactions transactions();

    /** A product in the catalog. */
    protected abstract ProductId newProduct();

    @Test
    void a_products_images_read_back_whole_in_gallery_order() {
        ProductId product = newProduct();
        ProductImage second = image(product, 1, DocumentType.JPEG);
        ProductImage first = image(product, 0, DocumentType.PNG);

        images().add(second);
        images().add(first);

        assertThat(images().of(product)).containsExactly(first, second);
        assertThat(images().of(newProduct())).isEmpty();
    }

    @Test
    void a_gallery_is_locked_and_read_in_order_only_for_a_product_that_exists() {
        ProductId product = newProduct();
        ProductImage first = image(product, 0, DocumentType.PNG);
        ProductImage second = image(product, 1, DocumentType.PNG);
        images().add(second);
        images().add(first);
        ProductId bare = newProduct();

        transactions().inTransaction(() -> {
            assertThat(images().lockGallery(product)).contains(List.of(first, second));
            assertThat(images().lockGallery(bare)).contains(List.of());
            assertThat(images().lockGallery(new ProductId(UUID.randomUUID()))).isEmpty();
            return null;
        });
    }

    @Test
    void repositioning_moves_the_pictures_and_changes_nothing_else() {
        ProductId product = newProduct();
        ProductImage first = image(product, 0, DocumentType.PNG);
        ProductImage second = image(product, 1, DocumentType.JPEG);
        ProductImage third = image(product, 2, DocumentType.PNG);
        transactions().inTransaction(() -> {
            List.of(first, second, third).forEach(images()::add);
            return null;
        });

        transactions().inTransaction(() -> {
            images().reposition(List.of(third.at(0), first.at(1), second.at(2)));
            return null;
        });

        assertThat(images().of(product)).containsExactly(third.at(0), first.at(1), second.at(2));
    }

    @Test
    void a_removed_picture_is_gone_for_good_even_if_a_stale_gallery_names_it() {
        ProductId product = newProduct();
        ProductImage first = image(product, 0, DocumentType.PNG);
        ProductImage second = image(product, 1, DocumentType.PNG);
        images().add(first);
        images().add(second);

        images().remove(first.id());
        transactions().inTransaction(() -> {
            images().reposition(List.of(second.at(0), first.at(1)));
            return null;
        });

        assertThat(images().of(product)).containsExactly(second.at(0));
    }

    @Test
    void the_pictures_of_several_products_come_each_in_gallery_order_and_products_without_any_are_absent() {
        ProductId one = newProduct();
        ProductId other = newProduct();
        ProductId bare = newProduct();
        ProductImage oneFirst = image(one, 0, DocumentType.PNG);
        ProductImage oneSecond = image(one, 1, DocumentType.PNG);
        ProductImage otherFirst = image(other, 0, DocumentType.JPEG);
        List.of(oneSecond, otherFirst, oneFirst).forEach(images()::add);

        Map<ProductId, List<ProductImage>> found = images().of(List.of(one, other, bare));

        assertThat(found)
                .containsOnlyKeys(one, other)
                .containsEntry(one, List.of(oneFirst, oneSecond))
                .containsEntry(other, List.of(otherFirst));
        assertThat(images().of(List.of())).isEmpty();
    }

    private static ProductImage image(ProductId product, int position, DocumentType type) {
        String sha256 = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        return new ProductImage(
                new ProductImageId(UUID.randomUUID()),
                product,
                sha256,
                type,
                20_000 + position,
                new ImageDimensions(800, 600 + position),
                position,
                ADDED.plusSeconds(position));
    }
}
