package io.apotheca.application.catalog.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.catalog.ProductImage;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Product pictures: an administrator uploads (JPEG or PNG, recognised by content, at most 5 MB and
 * 8 a product, never larger than the pixel limits), removes and reorders them, each audited; anyone
 * who may see the product sees its pictures.
 */
public interface ManageProductImagesUseCase {

    Outcome<ProductImage> upload(Caller caller, UUID productId, ImageUpload upload);

    Outcome<List<ProductImage>> list(Caller caller, UUID productId);

    /** The picture and, when asked for, its bytes. */
    Outcome<ImageFile> image(Caller caller, UUID productId, UUID imageId);

    /** Removes a picture; the ones after it move up. */
    Outcome<List<ProductImage>> remove(Caller caller, UUID productId, UUID imageId);

    /** Puts the pictures in the order given, which must name each of the product's pictures once. */
    Outcome<List<ProductImage>> reorder(Caller caller, UUID productId, List<UUID> imageIds);

    /**
     * A picture as sent.
     *
     * @param fileName the name the sender gave it, if any
     * @param declaredType the media type the sender claimed, if any
     * @param content its bytes, read once
     */
    record ImageUpload(Optional<String> fileName, Optional<String> declaredType, InputStream content) {}

    /**
     * @param image the picture
     * @param onSale whether its product is on sale, so that anyone may see it (else only staff)
     * @param content opens its bytes, checked against their checksum
     */
    record ImageFile(ProductImage image, boolean onSale, Supplier<InputStream> content) {}
}
