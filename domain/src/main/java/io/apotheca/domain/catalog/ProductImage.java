package io.apotheca.domain.catalog;

import io.apotheca.domain.shared.DocumentType;
import java.time.Instant;
import java.util.Objects;

/**
 * A picture of a product for the shop window. Its content never changes: a new picture is a new
 * image, so the content's SHA-256 names it for as long as it exists.
 *
 * @param id the image
 * @param product the product it shows
 * @param sha256 the hex SHA-256 of its bytes, under which the document store keeps them
 * @param type JPEG or PNG, as recognised from its content
 * @param size its length in bytes
 * @param dimensions its width and height in pixels, read from its header
 * @param position where it comes in the product's gallery, 0 first
 * @param addedAt when it was uploaded
 */
public record ProductImage(
        ProductImageId id,
        ProductId product,
        String sha256,
        DocumentType type,
        long size,
        ImageDimensions dimensions,
        int position,
        Instant addedAt) {

    /** The most pictures one product may have. */
    public static final int MAX_PER_PRODUCT = 8;

    /** The largest picture file, in bytes (5 MB). */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    public ProductImage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(addedAt, "addedAt");
        if (type != DocumentType.JPEG && type != DocumentType.PNG) {
            throw new IllegalArgumentException("a product image is a JPEG or a PNG");
        }
        if (position < 0 || position >= MAX_PER_PRODUCT) {
            throw new IllegalArgumentException("an image's position is 0 to " + (MAX_PER_PRODUCT - 1));
        }
    }

    public ProductImage at(int newPosition) {
        return new ProductImage(id, product, sha256, type, size, dimensions, newPosition, addedAt);
    }
}
