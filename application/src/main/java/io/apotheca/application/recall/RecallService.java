package io.apotheca.application.recall;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.BatchRecalled;
import io.apotheca.application.events.PharmacyEvent.RecallNoticeDue;
import io.apotheca.application.inventory.StockForOrders;
import io.apotheca.application.inventory.StockLevels;
import io.apotheca.application.order.OrderCancellations;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.recall.port.in.RecallLotUseCase;
import io.apotheca.application.recall.port.out.Recalls.Cancellation;
import io.apotheca.application.recall.port.out.Recalls.Dispensed;
import io.apotheca.application.recall.port.out.Recalls.Figures;
import io.apotheca.application.recall.port.out.Recalls.Kept;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Kernel;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.domain.inventory.BatchId;
import io.apotheca.domain.inventory.BatchStatus;
import io.apotheca.domain.inventory.ProductStock;
import io.apotheca.domain.inventory.Recall;
import io.apotheca.domain.inventory.RecallClass;
import io.apotheca.domain.inventory.RecallShortfall;
import io.apotheca.domain.order.CancellationReason;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.payment.Refund;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Recalls a lot in one transaction, taking its locks in the pharmacy's order (the orders that hold
 * the product, then the products by id) so that it never deadlocks with a checkout, a cancellation or
 * a dispensing: the lot goes off sale, the orders the remaining stock can no
 * longer serve are cancelled (the newest first) with their holds and reserved fills given back,
 * every patient who received the lot is found and one notice per patient queued, and the recall is
 * kept with what it found. Refunds of cancelled paid orders are written down in the transaction and
 * sent to the provider once it commits.
 */
final class RecallService implements RecallLotUseCase {

    static final int LONGEST_INSTRUCTIONS = 2000;

    private final RecallPorts ports;
    private final StockLevels levels;
    private final OrderCancellations calledOff;

    RecallService(RecallPorts ports) {
        this.ports = ports;
        this.levels = new StockLevels(ports.inventory());
        this.calledOff = new OrderCancellations(
                ports.orders(),
                new StockForOrders(ports.inventory()),
                ports.prescriptions(),
                ports.outbox(),
                ports.inventory().kernel());
    }

    /** What the transaction did: the recall kept, and the refunds to send once it commits. */
    private record Recorded(UUID recall, List<Refund> refunds) {}

    @Override
    public Outcome<Kept> recall(Caller caller, UUID batchId, Request request) {
        return Access.admin(caller).then(admin -> {
            Request asked = request == null ? new Request(null, null, null) : request;
            Validation validation = new Validation().text("reason", asked.reason(), 1000);
            Optional<RecallClass> recallClass = asked.recallClass() == null
                    ? Optional.of(RecallClass.DEFAULT)
                    : RecallClass.ofName(asked.recallClass());
            if (recallClass.isEmpty()) {
                validation.problem("recallClass", "must be I, II or III");
            }
            if (asked.instructions() != null) {
                validation.text("instructions", asked.instructions(), LONGEST_INSTRUCTIONS);
            }
            Optional<Refusal> invalid = validation.refusal();
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            Outcome<Recorded> recorded = kernel().transactions()
                    .inTransaction(() -> recallLot(
                            caller,
                            admin,
                            new BatchId(batchId),
                            asked.reason().strip(),
                            recallClass.get(),
                            Optional.ofNullable(asked.instructions()).map(String::strip)));
            return recorded.then(done -> {
                ports.refunds().send(done.refunds());
                return Outcome.done(ports.recalls().byId(done.recall()).orElseThrow());
            });
        });
    }

    private Outcome<Recorded> recallLot(
            Caller caller,
            Principal admin,
            BatchId batchId,
            String reason,
            RecallClass recallClass,
            Optional<String> instructions) {
        Optional<Batch> found = ports.inventory().batches().byId(batchId);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound());
        }
        ProductId product = found.get().productId();
        Map<OrderId, Placed> holders = lockHolders(product);
        Batch batch = lockStock(product, holders).batches().stream()
                .filter(b -> b.id().equals(batchId))
                .findFirst()
                .orElseThrow();
        if (batch.status() == BatchStatus.RECALLED) {
            return Outcome.refused(Refusal.of(CommonReason.INVALID_TRANSITION, "This lot is already recalled."));
        }
        Instant now = kernel().now();
        ports.inventory().batches().update(batch.withStatus(BatchStatus.RECALLED));
        levels.respread(product);
        Recall recall = new Recall(
                kernel().ids().next(),
                batchId,
                product,
                batch.lot(),
                batch.expiryDate(),
                reason,
                recallClass,
                instructions,
                admin.userId(),
                now);

        int sellable = levels.of(product).sellable(ports.inventory().sellable());
        List<Cancellation> cancellations = new ArrayList<>();
        List<Refund> refunds = new ArrayList<>();
        for (UUID order :
                RecallShortfall.ordersToCancel(sellable, ports.recalls().holdingsNewestFirst(product))) {
            OrderId id = new OrderId(order);
            // a holder placed between the first read and the locks; no later checkout can hold the product now
            Optional<Placed> placed = holders.containsKey(id)
                    ? Optional.of(holders.get(id))
                    : ports.orders().lock(id);
            placed.flatMap(p -> cancel(caller, recall, p, now)).ifPresent(cancelled -> {
                cancellations.add(cancelled.cancellation());
                refunds.addAll(cancelled.refunds());
            });
        }
        levels.respread(product);

        List<Dispensed> dispensed = ports.recalls().dispensedFrom(batchId);
        Figures figures = new Figures(
                ports.recalls().unitsReceived(batchId),
                dispensed.stream().mapToInt(Dispensed::quantity).sum(),
                batch.onHand());
        ports.recalls().add(recall, figures, dispensed, cancellations);
        notifyPatients(recall, dispensed);
        EventEnvelopes.record(
                ports.outbox(),
                kernel(),
                new BatchRecalled(
                        recall,
                        patientsOf(dispensed).size(),
                        figures.dispensed(),
                        cancellations.stream().map(Cancellation::order).toList()));
        ports.inventory()
                .audit()
                .record(
                        caller,
                        "batch.recalled",
                        "batch",
                        batchId.toString(),
                        Map.of(
                                "recallId", recall.id().toString(),
                                "productId", product.toString(),
                                "lot", batch.lot().value(),
                                "onHand", Integer.toString(batch.onHand()),
                                "reason", reason,
                                "recallClass", recallClass.name(),
                                "patients",
                                        Integer.toString(patientsOf(dispensed).size()),
                                "cancelledOrders", Integer.toString(cancellations.size())));
        return Outcome.done(new Recorded(recall.id(), refunds));
    }

    /**
     * Locks the orders holding the product now, in id order, before any stock: the pharmacy's lock
     * order is an order, then products by ascending id (hold counts, then lots), as dispensing and
     * cancelling take them. They are read without a lock first, so an order placed in between is
     * not among them; it is locked later, when it must be cancelled.
     */
    private Map<OrderId, Placed> lockHolders(ProductId product) {
        Map<OrderId, Placed> holders = new LinkedHashMap<>();
        ports.recalls().holdingsNewestFirst(product).stream()
                .map(holding -> new OrderId(holding.order()))
                .sorted(Comparator.comparing(OrderId::value))
                .forEach(id -> ports.orders().lock(id).ifPresent(placed -> holders.put(id, placed)));
        return holders;
    }

    /**
     * Locks, in ascending product id, the hold counts of the recalled product and of every product
     * its holders' orders hold (their holds may be given back), and the recalled product's lots.
     */
    private ProductStock lockStock(ProductId recalled, Map<OrderId, Placed> holders) {
        SortedSet<ProductId> products = new TreeSet<>(Comparator.comparing(ProductId::value));
        products.add(recalled);
        holders.values()
                .forEach(placed -> placed.order().details().lines().forEach(line -> products.add(line.productId())));
        ProductStock stock = null;
        for (ProductId product : products) {
            if (product.equals(recalled)) {
                stock = levels.lockedOf(product);
            } else {
                ports.inventory().holds().lock(product);
            }
        }
        return stock;
    }

    /** An order cancelled by the recall, and the refund written down for it, if it was paid. */
    private record Cancelled(Cancellation cancellation, List<Refund> refunds) {}

    /**
     * Cancels an order that holds the product: one still open, or one paid or confirmed and not yet
     * dispensed. Its holds and reserved fills are given back; a paid one is refunded in full.
     */
    private Optional<Cancelled> cancel(Caller caller, Recall recall, Placed placed, Instant now) {
        Order order = placed.order();
        OrderId id = order.id();
        Order.Cancelled cancelled;
        if (order instanceof Order.Open open) {
            cancelled = open.cancel(CancellationReason.STOCK_RECALLED, now);
        } else if (order instanceof Order.Fulfillable ready) {
            cancelled = ready.cancelForRecall(now);
        } else {
            return Optional.empty();
        }
        calledOff.record(cancelled, now);
        List<Refund> refunds = order instanceof Order.Paid
                ? ports.refunds()
                        .refundInFull(id, "Recall of lot " + recall.lot().value(), caller)
                : List.of();
        ports.inventory()
                .audit()
                .record(
                        caller,
                        "order.cancelled",
                        "order",
                        id.toString(),
                        Map.of(
                                "from", order.status().name(),
                                "reason", CancellationReason.STOCK_RECALLED.code(),
                                "recallId", recall.id().toString()));
        return Optional.of(new Cancelled(
                new Cancellation(
                        id,
                        order.details().customer(),
                        order.status(),
                        refunds.stream().map(r -> r.id().value()).findFirst()),
                refunds));
    }

    /** One notice per patient, however many of their orders took the lot. */
    private void notifyPatients(Recall recall, List<Dispensed> dispensed) {
        patientsOf(dispensed)
                .forEach((patient, units) ->
                        EventEnvelopes.record(ports.outbox(), kernel(), new RecallNoticeDue(recall, patient, units)));
    }

    /** Each patient with the units they received, in the order they first received them. */
    private static Map<UserId, Integer> patientsOf(List<Dispensed> dispensed) {
        Map<UserId, Integer> units = new LinkedHashMap<>();
        dispensed.forEach(d -> units.merge(d.patient(), d.quantity(), Integer::sum));
        return units;
    }

    private Kernel kernel() {
        return ports.inventory().kernel();
    }
}
