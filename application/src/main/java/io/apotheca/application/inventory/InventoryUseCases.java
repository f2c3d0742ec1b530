package io.apotheca.application.inventory;

import io.apotheca.application.inventory.port.in.ManageStockUseCase;

/** Builds the stock use cases; the composition root calls this. */
public final class InventoryUseCases {

    private InventoryUseCases() {}

    public static ManageStockUseCase stock(InventoryPorts ports) {
        return new StockService(ports);
    }
}
