package io.apotheca.application.inventory;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.inventory.ProductStock;
import java.util.List;

/** A product's stock as it stands now: its lots and its holds, read fresh on every call. */
public final class StockLevels {

    private final InventoryPorts ports;

    public StockLevels(InventoryPorts ports) {
        this.ports = ports;
    }

    public ProductStock of(ProductId product) {
        return ports.batches().stockOf(List.of(product), ports.holds()).get(product);
    }

    /**
     * The same, with the product's hold counts and then its lots locked until the transaction ends
     * (the lock order of {@link io.apotheca.application.inventory.port.out.StockHolds}).
     */
    public ProductStock lockedOf(ProductId product) {
        int held = ports.holds().lock(product);
        return new ProductStock(product, ports.batches().ofProductLocked(product), held);
    }

    /**
     * After the product's lots changed in this transaction (it must hold {@link #lockedOf}), makes
     * what may still be held match them: sellable units on hand less units held.
     */
    public void respread(ProductId product) {
        ports.holds()
                .spread(
                        product,
                        new ProductStock(product, ports.batches().ofProduct(product), 0).sellable(ports.sellable()));
    }

    public int available(ProductId product) {
        return of(product).available(ports.sellable());
    }
}
