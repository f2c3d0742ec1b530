package io.apotheca.application.memory;

import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.prescription.port.out.PrescriptionFills;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.DispensedLot;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.prescription.PrescribedItem;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.prescription.Transcription;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Fills in a list; the items they draw on read from the prescriptions' transcriptions. The
 * in-memory transactions run one at a time, so reading is locking enough.
 */
public final class InMemoryPrescriptionFills implements PrescriptionFills {

    private final InMemoryPrescriptions prescriptions;
    private final InMemoryOrders orders;
    private final List<Row> fills = new CopyOnWriteArrayList<>();

    /** One fill as kept: released or dispensed once. */
    private record Row(
            UUID id,
            UUID itemId,
            OrderId order,
            Quantity quantity,
            Instant reservedAt,
            Optional<Instant> releasedAt,
            Optional<Instant> dispensedAt,
            Optional<UserId> dispensedBy) {

        boolean counts() {
            return releasedAt.isEmpty();
        }
    }

    public InMemoryPrescriptionFills(InMemoryPrescriptions prescriptions, InMemoryOrders orders) {
        this.prescriptions = prescriptions;
        this.orders = orders;
    }

    @Override
    public List<ItemOnFile> lockItemsFor(UserId patient, ProductId product) {
        return prescriptions.list(Optional.of(patient), Optional.empty(), Optional.empty(), Integer.MAX_VALUE).stream()
                .filter(p -> p instanceof Prescription.Approved)
                .flatMap(p -> onFile(p).stream())
                .filter(i -> i.item().productId().equals(product))
                .sorted(Comparator.comparing(ItemOnFile::written)
                        .thenComparing(i -> i.item().id()))
                .toList();
    }

    @Override
    public List<ItemOnFile> itemsOf(PrescriptionId prescription) {
        return prescriptions.byId(prescription).map(this::onFile).orElse(List.of());
    }

    @Override
    public void reserve(UUID fillId, UUID itemId, OrderId order, Quantity quantity, Instant at) {
        if (fills.stream()
                .anyMatch(f ->
                        f.counts() && f.itemId().equals(itemId) && f.order().equals(order))) {
            throw new IllegalStateException("order " + order + " holds a fill of item " + itemId + " already");
        }
        fills.add(new Row(fillId, itemId, order, quantity, at, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Override
    public void release(OrderId order, java.util.Set<ProductId> products, Instant at) {
        releaseWhere(
                order,
                f -> item(f.itemId()).map(i -> products.contains(i.productId())).orElse(false),
                at);
    }

    @Override
    public void release(OrderId order, Instant at) {
        releaseWhere(order, f -> true, at);
    }

    /** The order's fills still counting and not dispensed, of those {@code also} picks, released. */
    private void releaseWhere(OrderId order, Predicate<Row> also, Instant at) {
        replace(
                f -> f.counts() && f.dispensedAt().isEmpty() && f.order().equals(order) && also.test(f),
                f -> new Row(
                        f.id(),
                        f.itemId(),
                        f.order(),
                        f.quantity(),
                        f.reservedAt(),
                        Optional.of(at),
                        Optional.empty(),
                        Optional.empty()));
    }

    @Override
    public Set<PrescriptionId> dispense(OrderId order, UserId pharmacist, Instant at) {
        Set<UUID> items = new LinkedHashSet<>();
        replace(f -> f.counts() && f.dispensedAt().isEmpty() && f.order().equals(order), f -> {
            items.add(f.itemId());
            return new Row(
                    f.id(),
                    f.itemId(),
                    f.order(),
                    f.quantity(),
                    f.reservedAt(),
                    Optional.empty(),
                    Optional.of(at),
                    Optional.of(pharmacist));
        });
        Set<PrescriptionId> touched = new LinkedHashSet<>();
        for (UUID item : items) {
            prescriptionOf(item).ifPresent(p -> touched.add(p.id()));
        }
        return touched;
    }

    @Override
    public Set<ProductId> coveredOf(OrderId order) {
        Set<ProductId> covered = new LinkedHashSet<>();
        fills.stream()
                .filter(f -> f.counts() && f.order().equals(order))
                .forEach(f -> item(f.itemId()).ifPresent(i -> covered.add(i.productId())));
        return covered;
    }

    @Override
    public Map<PrescriptionId, List<FillRecord>> fillsOf(List<PrescriptionId> ids) {
        Map<PrescriptionId, List<FillRecord>> byPrescription = new LinkedHashMap<>();
        fills.stream()
                .filter(Row::counts)
                .sorted(Comparator.comparing(Row::reservedAt))
                .forEach(f -> prescriptionOf(f.itemId())
                        .filter(p -> ids.contains(p.id()))
                        .ifPresent(p -> byPrescription
                                .computeIfAbsent(p.id(), k -> new ArrayList<>())
                                .add(record(f))));
        return byPrescription;
    }

    @Override
    public List<FillRecord> dispensedTo(UserId patient, int limit) {
        return fills.stream()
                .filter(f -> f.dispensedAt().isPresent())
                .filter(f -> prescriptionOf(f.itemId())
                        .filter(p -> p.submission().customer().equals(patient))
                        .isPresent())
                .sorted(Comparator.comparing((Row f) -> f.dispensedAt().orElseThrow())
                        .reversed())
                .limit(limit)
                .map(this::record)
                .toList();
    }

    private List<ItemOnFile> onFile(Prescription prescription) {
        Optional<Transcription> transcription = prescription.transcribed();
        if (transcription.isEmpty()) {
            return List.of();
        }
        return transcription.get().items().stream()
                .map(item -> {
                    List<Row> counted = fills.stream()
                            .filter(f -> f.counts() && f.itemId().equals(item.id()))
                            .toList();
                    return new ItemOnFile(
                            prescription.id(),
                            transcription.get().written(),
                            validUntil(prescription),
                            item,
                            counted.size(),
                            (int) counted.stream()
                                    .filter(f -> f.dispensedAt().isPresent())
                                    .count(),
                            counted.stream()
                                    .map(f -> f.dispensedAt().orElse(f.reservedAt()))
                                    .max(Instant::compareTo)
                                    .map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC)));
                })
                .toList();
    }

    private static LocalDate validUntil(Prescription prescription) {
        if (prescription instanceof Prescription.Approved a) {
            return a.validUntil();
        }
        if (prescription instanceof Prescription.Expired e) {
            return e.validUntil();
        }
        return ((Prescription.Exhausted) prescription).validUntil();
    }

    private FillRecord record(Row f) {
        PrescribedItem item = item(f.itemId()).orElseThrow();
        List<DispensedLot> lots = f.dispensedAt().isEmpty()
                ? List.of()
                : orders.byId(f.order()).map(Placed::order).stream()
                        .flatMap(o -> o.details().lines().stream())
                        .filter(l -> l.productId().equals(item.productId()))
                        .flatMap((OrderLine l) -> l.lots().stream())
                        .toList();
        return new FillRecord(
                f.itemId(),
                item.productId(),
                f.order(),
                f.quantity(),
                f.reservedAt(),
                f.dispensedAt(),
                f.dispensedBy(),
                lots);
    }

    private Optional<Prescription> prescriptionOf(UUID itemId) {
        return prescriptions.list(Optional.empty(), Optional.empty(), Optional.empty(), Integer.MAX_VALUE).stream()
                .filter(p -> p.transcribed()
                        .flatMap(t -> t.items().stream()
                                .filter(i -> i.id().equals(itemId))
                                .findFirst())
                        .isPresent())
                .findFirst();
    }

    private Optional<PrescribedItem> item(UUID itemId) {
        return prescriptionOf(itemId)
                .flatMap(p -> p.transcribed().orElseThrow().items().stream()
                        .filter(i -> i.id().equals(itemId))
                        .findFirst());
    }

    private void replace(Predicate<Row> which, UnaryOperator<Row> change) {
        for (int i = 0; i < fills.size(); i++) {
            Row row = fills.get(i);
            if (which.test(row)) {
                fills.set(i, change.apply(row));
            }
        }
    }
}
