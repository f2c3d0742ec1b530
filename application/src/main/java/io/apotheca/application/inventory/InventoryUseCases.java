package io.apotheca.application.inventory;

import io.apotheca.application.inventory.port.in.ExpireLotsUseCase;
import io.apotheca.application.inventory.port.in.ManageStockUseCase;
import io.apotheca.application.inventory.port.in.StockReportsUseCase;

/** Builds the stock use cases; the composition root calls this. */
public final class InventoryUseCases {

    private InventoryUseCases() {}

    public static ManageStockUseCase stock(InventoryPorts ports) {
        return new StockService(ports);
    }

    public static ExpireLotsUseCase expireLots(InventoryPorts ports) {
        return new LotExpiryService(ports);
    }

    public static StockReportsUseCase reports(InventoryPorts ports) {
        return new StockReportsService(ports);
    }
}
