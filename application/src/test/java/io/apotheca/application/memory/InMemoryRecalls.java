package io.apotheca.application.memory;

import io.apotheca.application.inventory.port.out.StockMovements.Movement;
import io.apotheca.application.recall.port.out.Recalls;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.inventory.BatchId;
import io.apotheca.domain.inventory.Recall;
import io.apotheca.domain.inventory.RecallShortfall.Holding;
import io.apotheca.domain.order.OrderId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Recalls in memory, finding what a recall affects in the other in-memory stores: dispensings in
 * the stock ledger, holds in the hold store, patients in the orders and accounts.
 */
public final class InMemoryRecalls implements Recalls {

    private record Row(Recall recall, Figures figures, List<Dispensed> patients, List<Cancellation> cancellations) {}

    private final Map<UUID, Row> recalls = new ConcurrentHashMap<>();
    private final Map<String, Instant> noticesSent = new ConcurrentHashMap<>();
    private final InMemoryStockMovements movements;
    private final InMemoryStockHolds holds;
    private final InMemoryOrders orders;
    private final InMemoryUsers users;
    private final InMemoryProducts products;

    public InMemoryRecalls(
            InMemoryStockMovements movements,
            InMemoryStockHolds holds,
            InMemoryOrders orders,
            InMemoryUsers users,
            InMemoryProducts products) {
        this.movements = movements;
        this.holds = holds;
        this.orders = orders;
        this.users = users;
        this.products = products;
    }

    @Override
    public List<Dispensed> dispensedFrom(BatchId batch) {
        Map<UUID, List<Movement>> byOrder = movements.all().stream()
                .filter(m -> m.batchId().equals(batch)
                        && m.kind().equals("DISPENSED")
                        && m.orderId().isPresent())
                .collect(Collectors.groupingBy(m -> m.orderId().get(), LinkedHashMap::new, Collectors.toList()));
        List<Dispensed> dispensed = new ArrayList<>();
        byOrder.forEach((order, taken) -> dispensed.add(new Dispensed(
                new OrderId(order),
                orders.byId(new OrderId(order)).orElseThrow().order().details().customer(),
                -taken.stream().mapToInt(Movement::delta).sum(),
                taken.stream().map(Movement::at).max(Comparator.naturalOrder()).orElseThrow())));
        return dispensed;
    }

    @Override
    public List<Holding> holdingsNewestFirst(ProductId product) {
        Map<OrderId, List<InMemoryStockHolds.Hold>> byOrder = holds.all().stream()
                .filter(h -> h.product().equals(product) && h.releasedAt().isEmpty())
                .collect(Collectors.groupingBy(InMemoryStockHolds.Hold::order));
        return byOrder.entrySet().stream()
                .sorted(Comparator.comparing(
                                (Map.Entry<OrderId, List<InMemoryStockHolds.Hold>> e) -> e.getValue().stream()
                                        .map(InMemoryStockHolds.Hold::placedAt)
                                        .max(Comparator.naturalOrder())
                                        .orElseThrow())
                        .thenComparing(e -> e.getKey().value())
                        .reversed())
                .map(e -> new Holding(
                        e.getKey().value(),
                        e.getValue().stream()
                                .mapToInt(InMemoryStockHolds.Hold::quantity)
                                .sum()))
                .toList();
    }

    @Override
    public int unitsReceived(BatchId batch) {
        return movements.all().stream()
                .filter(m -> m.batchId().equals(batch) && m.kind().equals("RECEIPT"))
                .mapToInt(Movement::delta)
                .sum();
    }

    @Override
    public void add(Recall recall, Figures figures, List<Dispensed> patients, List<Cancellation> cancellations) {
        if (recalls.values().stream().anyMatch(r -> r.recall().batch().equals(recall.batch()))) {
            throw new IllegalStateException("lot " + recall.batch() + " is recalled already");
        }
        recalls.put(recall.id(), new Row(recall, figures, List.copyOf(patients), List.copyOf(cancellations)));
    }

    @Override
    public Optional<Kept> byId(UUID recall) {
        return Optional.ofNullable(recalls.get(recall)).map(this::kept);
    }

    @Override
    public List<Summary> summaries() {
        return recalls.values().stream()
                .sorted(Comparator.comparing((Row r) -> r.recall().recalledAt())
                        .thenComparing(r -> r.recall().id())
                        .reversed())
                .map(this::kept)
                .map(kept -> new Summary(
                        kept.recall(),
                        kept.productName(),
                        kept.figures(),
                        kept.patients().size(),
                        (int) kept.patients().stream()
                                .filter(p -> p.noticeSentAt().isPresent())
                                .count(),
                        kept.cancellations().size()))
                .toList();
    }

    @Override
    public void noticeSent(UUID recall, UserId patient, Instant at) {
        noticesSent.putIfAbsent(recall + "/" + patient, at);
    }

    private Kept kept(Row row) {
        return new Kept(
                row.recall(),
                products.byId(row.recall().product()).map(p -> p.name()).orElse(""),
                row.figures(),
                row.patients().stream()
                        .map(d -> {
                            Optional<User> user = users.byId(d.patient());
                            return new AffectedPatient(
                                    d,
                                    user.map(User::fullName).orElse(""),
                                    user.map(u -> u.email().value()).orElse(""),
                                    Optional.ofNullable(
                                            noticesSent.get(row.recall().id() + "/" + d.patient())));
                        })
                        .toList(),
                row.cancellations());
    }
}
