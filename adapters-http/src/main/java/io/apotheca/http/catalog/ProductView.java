package io.apotheca.http.catalog;

import io.apotheca.application.catalog.port.in.ProductDetails;
import io.apotheca.domain.catalog.Product;
import io.apotheca.http.MoneyView;
import java.util.List;

/**
 * A product as the API shows it, with its controlled-substance schedule (null when it is not
 * controlled), its available units now and its pictures in gallery order.
 */
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
        String taxCategory,
        String schedule,
        int available,
        List<ImageView> images) {

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
                p.taxCategory().name(),
                p.schedule().map(Enum::name).orElse(null),
                details.available(),
                details.images().stream().map(ImageView::of).toList());
    }
}
