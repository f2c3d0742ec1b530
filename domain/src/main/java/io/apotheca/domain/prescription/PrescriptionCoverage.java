package io.apotheca.domain.prescription;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderLine;
import java.util.Set;

/**
 * Whether an order's prescription-only lines are covered: each must have a fill of a prescription
 * item reserved for it (at checkout from the patient's prescriptions on file, or when the
 * prescription uploaded with the order is approved). An order without such lines needs none.
 */
public final class PrescriptionCoverage {

    private PrescriptionCoverage() {}

    /**
     * @param filled the products whose lines of this order a fill covers
     */
    public static boolean coversEveryPrescriptionLine(Order order, Set<ProductId> filled) {
        return order.details().lines().stream()
                .filter(OrderLine::requiresPrescription)
                .allMatch(line -> filled.contains(line.productId()));
    }
}
