package io.apotheca.application.inventory;

import io.apotheca.application.catalog.port.out.Availability;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.domain.inventory.ProductStock;
import io.apotheca.domain.inventory.SellableBatchPolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** Two queries for the whole page: its lots, then its holds. */
    @Override
    public Map<ProductId, Integer> of(List<ProductId> products) {
        Map<ProductId, List<Batch>> lots =
                ports.batches().ofProducts(products).stream().collect(Collectors.groupingBy(Batch::productId));
        Map<ProductId, Integer> held = ports.holds().heldOf(products);
        SellableBatchPolicy policy = ports.sellable();
        Map<ProductId, Integer> available = new HashMap<>();
        for (ProductId product : products) {
            ProductStock stock =
                    new ProductStock(product, lots.getOrDefault(product, List.of()), held.getOrDefault(product, 0));
            available.put(product, stock.available(policy));
        }
        return available;
    }
}
