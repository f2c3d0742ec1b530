package io.apotheca.application.prescription;

import io.apotheca.application.prescription.port.out.PrescriptionFills.ItemOnFile;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.PrescriptionReason;
import io.apotheca.application.shared.Refusal;
import io.apotheca.domain.prescription.FillPolicy;
import io.apotheca.domain.prescription.PrescribedItem;
import io.apotheca.domain.prescription.Prescription;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether the patient may have one more fill of an item now: the prescription approved, the item
 * with a fill left and still valid, and enough of the last fill's supply used ({@link FillPolicy}).
 */
final class Refills {

    private Refills() {}

    static Outcome<PrescribedItem> check(Prescription prescription, UUID itemId, PrescriptionPorts ports) {
        if (!(prescription instanceof Prescription.Approved)) {
            return Outcome.refused(Refusal.of(
                    PrescriptionReason.NO_FILLS_LEFT,
                    "The prescription is " + prescription.status() + "; it serves no more fills."));
        }
        Optional<ItemOnFile> onFile = ports.fills().itemsOf(prescription.id()).stream()
                .filter(i -> i.item().id().equals(itemId))
                .findFirst();
        if (onFile.isEmpty()) {
            return Outcome.refused(Refusal.of(CommonReason.NOT_FOUND, "The prescription has no such item."));
        }
        ItemOnFile item = onFile.get();
        LocalDate today = LocalDate.ofInstant(ports.kernel().clock().instant(), ZoneOffset.UTC);
        FillPolicy.Decision decision = FillsForOrders.decide(
                item,
                ports.fills()
                        .lockItemsFor(
                                prescription.submission().customer(),
                                item.item().productId()),
                item.item().quantityPerFill(),
                today,
                ports);
        if (decision instanceof FillPolicy.TooSoon soon) {
            return Outcome.refused(Refusal.of(
                            PrescriptionReason.REFILL_TOO_SOON,
                            "This prescription may be refilled from " + soon.allowedFrom() + ".")
                    .with("allowedFrom", soon.allowedFrom().toString()));
        }
        if (decision instanceof FillPolicy.Exhausted) {
            return Outcome.refused(Refusal.of(
                    PrescriptionReason.NO_FILLS_LEFT, "Every fill this prescription authorises has been used."));
        }
        if (decision instanceof FillPolicy.Expired expired) {
            return Outcome.refused(Refusal.of(
                    PrescriptionReason.NO_FILLS_LEFT,
                    "This item could be filled until " + expired.lastFillDay() + "; ask your prescriber for a new"
                            + " prescription."));
        }
        return Outcome.done(item.item());
    }
}
