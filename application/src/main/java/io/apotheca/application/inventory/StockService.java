package io.apotheca.application.inventory;

import io.apotheca.application.inventory.port.in.ManageStockUseCase;
import io.apotheca.application.inventory.port.out.StockMovements.Movement;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.InventoryReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.domain.inventory.BatchId;
import io.apotheca.domain.inventory.BatchStatus;
import io.apotheca.domain.inventory.LotNumber;
import io.apotheca.domain.inventory.ProductStock;
import io.apotheca.domain.inventory.SellableBatchPolicy;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Receipts and adjustments of lots, and the stock of a product; recalls are the recall capability's. */
final class StockService implements ManageStockUseCase {

    private final InventoryPorts ports;
    private final StockLevels levels;

    StockService(InventoryPorts ports) {
        this.ports = ports;
        this.levels = new StockLevels(ports);
    }

    @Override
    public Outcome<Batch> receive(Caller caller, Receipt receipt) {
        return Access.admin(caller).then(admin -> {
            Validation validation = new Validation()
                    .required("productId", receipt.productId())
                    .text("lotNumber", receipt.lotNumber(), 64)
                    .required("expiryDate", receipt.expiryDate())
                    .atLeast("quantity", receipt.quantity(), 1);
            if (receipt.lotNumber() != null
                    && !receipt.lotNumber().isBlank()
                    && !LotNumber.isValid(receipt.lotNumber())) {
                validation.problem("lotNumber", "must be letters, digits, dots, slashes or dashes");
            }
            Optional<Refusal> invalid = validation.refusal();
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            if (receipt.quantity() > ProductStock.MAX_ON_HAND) {
                return Outcome.refused(aboveCeiling());
            }
            SellableBatchPolicy today = ports.sellable();
            if (!receipt.expiryDate().isAfter(today.today())) {
                return Outcome.refused(Refusal.of(
                        InventoryReason.LOT_EXPIRED, "This lot has already expired; it cannot be received."));
            }
            ProductId product = new ProductId(receipt.productId());
            Batch draft = new Batch(
                    new BatchId(ports.kernel().ids().next()),
                    product,
                    new LotNumber(receipt.lotNumber()),
                    receipt.expiryDate(),
                    receipt.quantity(),
                    BatchStatus.ACTIVE,
                    0);
            return ports.kernel().transactions().inTransaction(() -> {
                if (ports.products().byId(product).isEmpty()) {
                    return Outcome.refused(Refusal.of(InventoryReason.UNKNOWN_PRODUCT, "There is no such product."));
                }
                if (levels.lockedOf(product).canReceive(receipt.quantity()).isPresent()) {
                    return Outcome.refused(aboveCeiling());
                }
                Optional<Batch> received = ports.batches().add(draft);
                if (received.isEmpty()) {
                    return Outcome.refused(
                            Refusal.of(InventoryReason.LOT_TAKEN, "This product already has a lot with this number."));
                }
                levels.respread(product);
                move(admin, received.get(), "RECEIPT", received.get().onHand(), Optional.empty());
                ports.audit()
                        .record(
                                caller,
                                "stock.received",
                                "batch",
                                received.get().id().toString(),
                                Map.of(
                                        "productId", product.toString(),
                                        "lot", received.get().lot().value(),
                                        "expiryDate",
                                                received.get().expiryDate().toString(),
                                        "quantity",
                                                Integer.toString(received.get().onHand())));
                return Outcome.done(received.get());
            });
        });
    }

    @Override
    public Outcome<Batch> adjust(Caller caller, UUID batchId, Integer delta, String reason) {
        return Access.admin(caller).then(admin -> {
            Validation validation = new Validation().required("delta", delta).text("reason", reason, 1000);
            if (delta != null && delta == 0) {
                validation.problem("delta", "must not be zero");
            }
            Optional<Refusal> invalid = validation.refusal();
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            return ports.kernel().transactions().inTransaction(() -> {
                Optional<Batch> found = ports.batches().byId(new BatchId(batchId));
                if (found.isEmpty()) {
                    return Outcome.refused(Refusal.notFound());
                }
                ProductStock stock = levels.lockedOf(found.get().productId());
                Batch batch = current(stock, found.get().id());
                Optional<ProductStock.Refusal> refused = stock.canAdjust(batch.id(), delta, ports.sellable());
                if (refused.isPresent()) {
                    return Outcome.refused(
                            switch (refused.get()) {
                                case BELOW_HELD ->
                                    Refusal.of(
                                            InventoryReason.BELOW_HELD,
                                            "Units of this lot are held for orders; it cannot go this low.");
                                case ABOVE_CEILING -> aboveCeiling();
                                default ->
                                    Refusal.of(InventoryReason.BELOW_ZERO, "A lot cannot hold fewer than zero units.");
                            });
                }
                Batch adjusted = batch.withOnHand(batch.onHand() + delta);
                ports.batches().update(adjusted);
                levels.respread(adjusted.productId());
                move(admin, adjusted, "ADJUSTMENT", delta, Optional.of(reason.trim()));
                ports.audit()
                        .record(
                                caller,
                                "stock.adjusted",
                                "batch",
                                batch.id().toString(),
                                Map.of(
                                        "productId", batch.productId().toString(),
                                        "before", Integer.toString(batch.onHand()),
                                        "after", Integer.toString(adjusted.onHand()),
                                        "reason", reason.trim()));
                return Outcome.done(adjusted);
            });
        });
    }

    @Override
    public Outcome<Inventory> inventory(Caller caller, UUID productId) {
        return Access.signedIn(caller).then(principal -> {
            if (!mayReadStock(principal)) {
                return Outcome.refused(Refusal.forbidden());
            }
            ProductId product = new ProductId(productId);
            if (ports.products().byId(product).isEmpty()) {
                return Outcome.refused(Refusal.notFound());
            }
            ProductStock stock = levels.of(product);
            return Outcome.done(new Inventory(
                    productId, stock.onHand(), stock.held(), stock.available(ports.sellable()), stock.batches()));
        });
    }

    private boolean mayReadStock(Principal principal) {
        return principal.role() == Role.ADMIN || ports.pharmacists().actsAsPharmacist(principal);
    }

    private static Batch current(ProductStock stock, BatchId id) {
        return stock.batches().stream()
                .filter(b -> b.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Refusal aboveCeiling() {
        return Refusal.of(
                InventoryReason.STOCK_LIMIT_EXCEEDED,
                "A product holds at most " + ProductStock.MAX_ON_HAND + " units over all its lots.");
    }

    private void move(Principal actor, Batch batch, String kind, int delta, Optional<String> reason) {
        ports.movements()
                .record(new Movement(
                        ports.kernel().ids().next(),
                        batch.id(),
                        kind,
                        delta,
                        reason,
                        Optional.empty(),
                        Optional.of(actor.userId()),
                        ports.kernel().clock().instant()));
    }
}
