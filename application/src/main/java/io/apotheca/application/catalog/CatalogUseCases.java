package io.apotheca.application.catalog;

import io.apotheca.application.catalog.port.in.ManageCategoriesUseCase;
import io.apotheca.application.catalog.port.in.ManageProductCodesUseCase;
import io.apotheca.application.catalog.port.in.ManageProductImagesUseCase;
import io.apotheca.application.catalog.port.in.ManageProductsUseCase;
import io.apotheca.application.catalog.port.in.SearchProductsUseCase;
import io.apotheca.application.catalog.port.out.ProductSearch;
import io.apotheca.application.shared.SignedCursors;

/** Builds the catalog use cases; the composition root calls this. */
public final class CatalogUseCases {

    private CatalogUseCases() {}

    public static ManageCategoriesUseCase categories(CatalogPorts ports) {
        return new CategoryService(ports);
    }

    public static ManageProductsUseCase products(CatalogPorts ports) {
        return new ProductService(ports);
    }

    public static ManageProductCodesUseCase codes(CatalogPorts ports) {
        return new ProductCodeService(ports);
    }

    public static ManageProductImagesUseCase images(CatalogPorts ports) {
        return new ProductImageService(ports);
    }

    public static SearchProductsUseCase search(CatalogPorts ports, ProductSearch search, SignedCursors cursors) {
        return new ProductSearchService(ports, search, cursors);
    }
}
