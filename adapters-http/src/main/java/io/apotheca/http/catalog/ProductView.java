package io.apotheca.http.catalog;

import io.apotheca.application.catalog.port.in.ProductDetails;
import io.apotheca.domain.catalog.Product;
import io.apotheca.http.MoneyView;

/** A product as the API shows it, with its available units now. */
record ProductView(
        String id,
        String sku,
        String name,
        String description,
        String manufacturer,
        String categoryId,
        MoneyView price,
        boolean requiresPrescription,
        int reorderLevel,
        boolean active,
        int available) {

    static ProductView of(ProductDetails details) {
        Product p = details.product();
        return new ProductView(
                p.id().toString(),
                p.sku().value(),
                p.name(),
                p.description(),
                p.manufacturer(),
                p.categoryId().toString(),
                MoneyView.of(p.price()),
                p.requiresPrescription(),
                p.reorderLevel(),
                p.active(),
                details.available());
    }
}
