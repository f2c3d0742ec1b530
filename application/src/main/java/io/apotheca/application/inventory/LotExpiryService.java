package io.apotheca.application.inventory;

import io.apotheca.application.inventory.port.in.ExpireLotsUseCase;
import io.apotheca.application.shared.Caller;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.domain.inventory.BatchStatus;
import java.time.LocalDate;
import java.util.Map;

/** Marks expired lots, each only once even when several instances run the job at the same moment. */
final class LotExpiryService implements ExpireLotsUseCase {

    private final InventoryPorts ports;

    LotExpiryService(InventoryPorts ports) {
        this.ports = ports;
    }

    @Override
    public int expireDue() {
        LocalDate today = ports.sellable().today();
        return ports.transactions().inTransaction(() -> {
            int expired = 0;
            for (Batch batch : ports.batches().expiryCandidates(today)) {
                if (batch.isExpiredOn(today)
                        && ports.batches().changeStatus(batch.id(), batch.status(), BatchStatus.EXPIRED)) {
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
            return expired;
        });
    }
}
