package io.apotheca.application.inventory;

import io.apotheca.application.inventory.port.in.ExpireLotsUseCase;
import io.apotheca.application.shared.Caller;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.domain.inventory.BatchStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Marks expired lots, each only once even when several instances run the job at the same moment;
 * and makes what may be held of every product with a lot now expired or inside the minimum shelf
 * life match its sellable stock again. One transaction per product, products in id order.
 */
final class LotExpiryService implements ExpireLotsUseCase {

    /** Lots inside the minimum shelf life looked at per run; more are caught by the next run. */
    private static final int SHORT_DATED_PER_RUN = 10_000;

    private final InventoryPorts ports;
    private final StockLevels levels;

    LotExpiryService(InventoryPorts ports) {
        this.ports = ports;
        this.levels = new StockLevels(ports);
    }

    @Override
    public int expireDue() {
        LocalDate today = ports.sellable().today();
        Map<ProductId, List<Batch>> expiring = ports.batches().expiryCandidates(today).stream()
                .filter(batch -> batch.isExpiredOn(today))
                .collect(Collectors.groupingBy(
                        Batch::productId,
                        () -> new TreeMap<>(Comparator.comparing(ProductId::value)),
                        Collectors.toList()));
        ports.batches().activeExpiringBy(today.plusDays(ports.minShelfLife().toDays()), SHORT_DATED_PER_RUN).stream()
                .map(Batch::productId)
                .forEach(product -> expiring.putIfAbsent(product, List.of()));
        int expired = 0;
        for (Map.Entry<ProductId, List<Batch>> product : expiring.entrySet()) {
            expired += ports.kernel().transactions().inTransaction(() -> expire(product.getKey(), product.getValue()));
        }
        return expired;
    }

    private int expire(ProductId product, List<Batch> lots) {
        levels.lockedOf(product);
        int expired = 0;
        for (Batch batch : lots) {
            if (ports.batches().changeStatus(batch.id(), batch.status(), BatchStatus.EXPIRED)) {
                ports.audit()
                        .record(
                                Caller.system("lot-expiry"),
                                "batch.expired",
                                "batch",
                                batch.id().toString(),
                                Map.of(
                                        "productId", batch.productId().toString(),
                                        "lot", batch.lot().value(),
                                        "expiryDate", batch.expiryDate().toString(),
                                        "onHand", Integer.toString(batch.onHand())));
                expired++;
            }
        }
        levels.respread(product);
        return expired;
    }
}
