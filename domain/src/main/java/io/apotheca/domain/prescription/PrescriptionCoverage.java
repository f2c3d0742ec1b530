package io.apotheca.domain.prescription;

import io.apotheca.domain.order.Order;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Whether an order's prescription-only lines are covered: an approval is given for the order as a
 * whole (the pharmacist checks the document against every line), so one approved prescription of
 * the order, still valid today, covers all of them. An order without such lines needs none.
 */
public final class PrescriptionCoverage {

    private PrescriptionCoverage() {}

    public static boolean coversEveryPrescriptionLine(
            Order order, Collection<? extends Prescription> prescriptionsOfOrder, LocalDate today) {
        if (!order.details().requiresPrescription()) {
            return true;
        }
        return prescriptionsOfOrder.stream()
                .filter(p -> p.submission().orderId().equals(order.id()))
                .anyMatch(p -> p instanceof Prescription.Approved approved && approved.validOn(today));
    }
}
