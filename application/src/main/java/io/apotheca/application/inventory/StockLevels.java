package io.apotheca.application.inventory;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.inventory.ProductStock;

/** A product's stock as it stands now: its lots and its holds, read fresh on every call. */
public final class StockLevels {

    private final InventoryPorts ports;

    public StockLevels(InventoryPorts ports) {
        this.ports = ports;
    }

    public ProductStock of(ProductId product) {
        return new ProductStock(
                product, ports.batches().ofProduct(product), ports.holds().heldOf(product));
    }

    /** The same, with the product's lots locked until the transaction ends. */
    public ProductStock lockedOf(ProductId product) {
        return new ProductStock(
                product, ports.batches().ofProductLocked(product), ports.holds().heldOf(product));
    }

    public int available(ProductId product) {
        return of(product).available(ports.sellable());
    }
}
