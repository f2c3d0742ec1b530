package io.apotheca.application.catalog;

import static io.apotheca.application.memory.Outcomes.done;
import static io.apotheca.application.memory.Outcomes.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.catalog.port.in.ManageCategoriesUseCase.NewCategory;
import io.apotheca.application.catalog.port.in.ManageProductImagesUseCase;
import io.apotheca.application.catalog.port.in.ManageProductImagesUseCase.ImageUpload;
import io.apotheca.application.catalog.port.in.ManageProductsUseCase.Draft;
import io.apotheca.application.memory.InMemoryPharmacy;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CatalogReason;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.domain.catalog.ProductImage;
import io.apotheca.domain.identity.Role;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Product pictures through the use cases: what is let in, how many, and in what order. */
class ProductImagesScenarioTest {

    private final InMemoryPharmacy pharmacy =
            new InMemoryPharmacy(Duration.ofDays(30), Duration.ofMinutes(30), Duration.ofDays(3));
    private final ManageProductImagesUseCase images = CatalogUseCases.images(pharmacy.catalog);
    private final Caller admin = pharmacy.signedIn(Role.ADMIN, true);
    private final Caller customer = pharmacy.signedIn(Role.CUSTOMER, true);
    private final UUID product = product();

    @Test
    void keeps_a_picture_by_its_content_hash_with_its_dimensions() {
        ProductImage image = done(images.upload(admin, product, png(640, 480, "front.png")));

        assertThat(image.dimensions().width()).isEqualTo(640);
        assertThat(image.position()).isZero();
        assertThat(pharmacy.documents.open(image.sha256())).isPresent();
        assertThat(done(images.list(customer, product))).containsExactly(image);
        assertThat(pharmacy.auditLog.actions()).contains("product_image.added");
    }

    @Test
    void lets_in_eight_pictures_a_product_and_no_more() {
        for (int i = 0; i < ProductImage.MAX_PER_PRODUCT; i++) {
            done(images.upload(admin, product, png(10 + i, 10, "p.png")));
        }

        assertThat(refusal(images.upload(admin, product, png(99, 99, "p.png"))))
                .isEqualTo(CatalogReason.TOO_MANY_IMAGES);
        assertThat(done(images.list(admin, product))).hasSize(ProductImage.MAX_PER_PRODUCT);
    }

    @Test
    void turns_away_what_is_not_a_picture_a_bomb_a_damaged_header_and_an_oversized_file() {
        byte[] executable = Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0}, 512);
        byte[] oversized = Arrays.copyOf(header(100, 100), (int) ProductImage.MAX_BYTES + 1);

        assertThat(refusal(images.upload(admin, product, upload(executable, "photo.png", "image/png"))))
                .isEqualTo(CommonReason.UNSUPPORTED_MEDIA_TYPE);
        assertThat(refusal(images.upload(admin, product, upload("%PDF-1.7 x".getBytes(), "a.pdf", null))))
                .isEqualTo(CommonReason.UNSUPPORTED_MEDIA_TYPE);
        assertThat(refusal(images.upload(admin, product, png(50_000, 50_000, "bomb.png"))))
                .isEqualTo(CatalogReason.IMAGE_DIMENSIONS_TOO_LARGE);
        assertThat(refusal(images.upload(admin, product, upload(Arrays.copyOf(header(5, 5), 20), "a.png", null))))
                .isEqualTo(CatalogReason.INVALID_IMAGE);
        assertThat(refusal(images.upload(admin, product, upload(oversized, "big.png", null))))
                .isEqualTo(CommonReason.PAYLOAD_TOO_LARGE);
        assertThat(refusal(images.upload(customer, product, png(5, 5, "a.png"))))
                .isEqualTo(CommonReason.FORBIDDEN);
        assertThat(refusal(images.upload(admin, UUID.randomUUID(), png(5, 5, "a.png"))))
                .isEqualTo(CommonReason.NOT_FOUND);
        assertThat(done(images.list(admin, product))).isEmpty();
    }

    @Test
    void reorders_and_removes_keeping_positions_without_gaps() {
        ProductImage a = done(images.upload(admin, product, png(1, 1, "a.png")));
        ProductImage b = done(images.upload(admin, product, png(2, 2, "b.png")));
        ProductImage c = done(images.upload(admin, product, png(3, 3, "c.png")));

        List<ProductImage> reordered =
                done(images.reorder(admin, product, List.of(c.id().value(), a.id().value(), b.id().value())));
        List<ProductImage> afterRemoval = done(images.remove(admin, product, a.id().value()));

        assertThat(reordered).extracting(i -> i.id()).containsExactly(c.id(), a.id(), b.id());
        assertThat(afterRemoval).extracting(i -> i.id()).containsExactly(c.id(), b.id());
        assertThat(done(images.list(admin, product)))
                .extracting(ProductImage::position)
                .containsExactly(0, 1);
        assertThat(refusal(images.reorder(admin, product, List.of(c.id().value()))))
                .isEqualTo(CommonReason.VALIDATION_FAILED);
        assertThat(refusal(images.remove(admin, product, a.id().value()))).isEqualTo(CommonReason.NOT_FOUND);
        assertThat(refusal(images.remove(customer, product, b.id().value()))).isEqualTo(CommonReason.FORBIDDEN);
    }

    @Test
    void hides_the_pictures_of_an_inactive_product_from_customers_only() {
        ProductImage image = done(images.upload(admin, product, png(8, 8, "a.png")));
        done(CatalogUseCases.products(pharmacy.catalog).deactivate(admin, product));

        assertThat(refusal(images.image(customer, product, image.id().value()))).isEqualTo(CommonReason.NOT_FOUND);
        assertThat(done(images.image(admin, product, image.id().value())).image())
                .isEqualTo(image);
    }

    private UUID product() {
        UUID category = done(CatalogUseCases.categories(pharmacy.catalog)
                        .create(admin, new NewCategory("Care", "care", null)))
                .id()
                .value();
        return done(CatalogUseCases.products(pharmacy.catalog)
                        .create(
                                admin,
                                new Draft(
                                        "PL-1",
                                        "Plasters",
                                        "",
                                        "Acme",
                                        category,
                                        250L,
                                        "USD",
                                        false,
                                        0,
                                        true,
                                        null,
                                        null)))
                .product()
                .id()
                .value();
    }

    /** A PNG's signature and header chunk, claiming the given size; the pixels are never read. */
    private static byte[] header(int width, int height) {
        return ByteBuffer.allocate(45)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13)
                .put(new byte[] {'I', 'H', 'D', 'R'})
                .putInt(width)
                .putInt(height)
                .put(new byte[] {8, 2, 0, 0, 0})
                .array();
    }

    private static ImageUpload png(int width, int height, String name) {
        return upload(header(width, height), name, "image/png");
    }

    private static ImageUpload upload(byte[] content, String name, String type) {
        return new ImageUpload(Optional.of(name), Optional.ofNullable(type), new ByteArrayInputStream(content));
    }
}
