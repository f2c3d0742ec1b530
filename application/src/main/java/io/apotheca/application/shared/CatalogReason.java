package io.apotheca.application.shared;

/** Refusals about the catalog: products, categories and their images. */
public enum CatalogReason implements Refusal.Reason {
    /** Another product has this SKU. */
    SKU_TAKEN,
    /** Another category has this slug. */
    SLUG_TAKEN,
    /** The category named does not exist. */
    UNKNOWN_CATEGORY,
    /** The product has as many images as it may. */
    TOO_MANY_IMAGES,
    /** The file is not a readable image. */
    INVALID_IMAGE,
    /** The image is wider or taller than the pharmacy takes. */
    IMAGE_DIMENSIONS_TOO_LARGE,
    /** Another purchase limit group has this name. */
    LIMIT_GROUP_NAME_TAKEN,
    /** A standard code given to the product already names another product. */
    CODE_TAKEN;

    @Override
    public <T> T mappedBy(Refusal.ReasonMapping<T> mapping) {
        return mapping.catalog(this);
    }
}
