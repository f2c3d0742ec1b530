package io.apotheca.http.catalog;

import io.apotheca.domain.catalog.ProductImage;

/** A product picture as the API lists it, with the address to fetch it from. */
record ImageView(String id, String url, String contentType, int width, int height, long size, int position) {

    static ImageView of(ProductImage image) {
        return new ImageView(
                image.id().toString(),
                "/api/v1/products/" + image.product() + "/images/" + image.id(),
                image.type().mediaType(),
                image.dimensions().width(),
                image.dimensions().height(),
                image.size(),
                image.position());
    }
}
