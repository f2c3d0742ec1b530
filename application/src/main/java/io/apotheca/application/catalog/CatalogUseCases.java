package io.apotheca.application.catalog;

import io.apotheca.application.catalog.port.in.ManageCategoriesUseCase;
import io.apotheca.application.catalog.port.in.ManageProductsUseCase;
import io.apotheca.application.inventory.InventoryPorts;

/** Builds the catalog use cases; the composition root calls this. */
public final class CatalogUseCases {

    private CatalogUseCases() {}

    public static ManageCategoriesUseCase categories(InventoryPorts ports) {
        return new CategoryService(ports);
    }

    public static ManageProductsUseCase products(InventoryPorts ports) {
        return new ProductService(ports);
    }
}
