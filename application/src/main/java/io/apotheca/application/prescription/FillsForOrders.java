package io.apotheca.application.prescription;

import io.apotheca.application.order.port.out.PrescriptionsOnFile;
import io.apotheca.application.prescription.port.out.PrescriptionFills.ItemOnFile;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.prescription.FillPolicy;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.PrescriptionId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The patients' prescriptions on file as orders use them: at checkout, each prescription-only line
 * takes a fill from the oldest item that {@link FillPolicy} allows (a refill too soon after the
 * patient's latest fill of that medicine is refused, whichever prescription that fill was on); the fill is reserved with the
 * order, given back when the order closes undispensed, and dispensed with it. A prescription whose
 * every authorised fill has been dispensed is exhausted.
 */
public final class FillsForOrders implements PrescriptionsOnFile {

    private final PrescriptionPorts ports;

    public FillsForOrders(PrescriptionPorts ports) {
        this.ports = ports;
    }

    @Override
    public Cover plan(UserId patient, List<OrderLine> lines, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<PlannedFill> fills = new ArrayList<>();
        int uncovered = 0;
        List<OrderLine> prescriptionLines = lines.stream()
                .filter(OrderLine::requiresPrescription)
                .sorted(Comparator.comparing(l -> l.productId().value())) // the lock order of the items
                .toList();
        for (OrderLine line : prescriptionLines) {
            Optional<LocalDate> tooSoonUntil = Optional.empty();
            Optional<ItemOnFile> chosen = Optional.empty();
            List<ItemOnFile> items = ports.fills().lockItemsFor(patient, line.productId());
            for (ItemOnFile onFile : items) {
                FillPolicy.Decision decision = decide(onFile, items, line.quantity(), today, ports);
                if (decision instanceof FillPolicy.Allowed) {
                    chosen = Optional.of(onFile);
                    break;
                }
                if (decision instanceof FillPolicy.TooSoon soon
                        && tooSoonUntil.map(d -> soon.allowedFrom().isBefore(d)).orElse(true)) {
                    tooSoonUntil = Optional.of(soon.allowedFrom());
                }
            }
            if (chosen.isPresent()) {
                fills.add(new PlannedFill(chosen.get().item().id(), line));
            } else if (tooSoonUntil.isPresent()) {
                return new TooSoon(line.name(), tooSoonUntil.get());
            } else {
                uncovered++;
            }
        }
        return new Planned(fills, uncovered);
    }

    /**
     * What {@link FillPolicy} says of one item, judged against the patient's latest fill of the same
     * medicine on any of their prescriptions (a second copy of a prescription does not make a
     * refill early), and never past the day the pharmacist approved the prescription until.
     */
    static FillPolicy.Decision decide(
            ItemOnFile onFile,
            List<ItemOnFile> sameMedicine,
            Quantity wanted,
            LocalDate today,
            PrescriptionPorts ports) {
        if (today.isAfter(onFile.validUntil())) {
            return new FillPolicy.Expired(onFile.validUntil());
        }
        Optional<LocalDate> latest = sameMedicine.stream()
                .map(ItemOnFile::lastFilled)
                .flatMap(Optional::stream)
                .max(LocalDate::compareTo);
        return FillPolicy.decide(
                onFile.item(), onFile.written(), onFile.fillsTaken(), latest, wanted, today, ports.fillRules());
    }

    @Override
    public void reserve(OrderId order, Planned planned, Instant now) {
        for (PlannedFill fill : planned.fills()) {
            ports.fills()
                    .reserve(
                            ports.kernel().ids().next(),
                            fill.itemId(),
                            order,
                            fill.line().quantity(),
                            now);
        }
    }

    @Override
    public void release(OrderId order, Instant at) {
        ports.fills().release(order, at);
    }

    @Override
    public java.util.Set<io.apotheca.domain.catalog.ProductId> covered(OrderId order) {
        return ports.fills().coveredOf(order);
    }

    @Override
    public void release(OrderId order, java.util.Set<io.apotheca.domain.catalog.ProductId> products, Instant at) {
        ports.fills().release(order, products, at);
    }

    @Override
    public void dispensed(OrderId order, UserId pharmacist, Instant at) {
        for (PrescriptionId id : ports.fills().dispense(order, pharmacist, at)) {
            Optional<Prescription> locked = ports.prescriptions().lock(id);
            if (locked.isPresent()
                    && locked.get() instanceof Prescription.Approved approved
                    && ports.fills().itemsOf(id).stream()
                            .allMatch(i -> i.fillsDispensed() >= i.item().fillsAuthorised())) {
                ports.prescriptions().update(approved.exhaust(at));
            }
        }
    }
}
