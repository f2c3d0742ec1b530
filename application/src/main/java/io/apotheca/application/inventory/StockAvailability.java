package io.apotheca.application.inventory;

import io.apotheca.application.catalog.port.out.Availability;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.inventory.SellableBatchPolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the catalog shows as available, from the lots and holds of stock, read fresh on every call. */
public final class StockAvailability implements Availability {

    private final InventoryPorts ports;
    private final StockLevels levels;

    public StockAvailability(InventoryPorts ports) {
        this.ports = ports;
        this.levels = new StockLevels(ports);
    }

    @Override
    public int of(ProductId product) {
        return levels.available(product);
    }

    /** The whole page's stock, read together. */
    @Override
    public Map<ProductId, Integer> of(List<ProductId> products) {
        SellableBatchPolicy policy = ports.sellable();
        Map<ProductId, Integer> available = new HashMap<>();
        ports.batches()
                .stockOf(products, ports.holds())
                .forEach((product, stock) -> available.put(product, stock.available(policy)));
        return available;
    }
}
