package io.apotheca.domain.order;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.shared.Money;
import java.util.List;
import java.util.Objects;

/**
 * One product of an order, with the price and name as they were at checkout (a later catalog change
 * never alters a placed order), and, once fulfilled, the lots it was dispensed from.
 *
 * @param productId the product
 * @param name its name at checkout
 * @param quantity units ordered, 1 to 99
 * @param unitPrice its price at checkout
 * @param requiresPrescription whether it is prescription-only
 * @param lots the lots dispensed, empty until fulfilment
 */
public record OrderLine(
        ProductId productId,
        String name,
        int quantity,
        Money unitPrice,
        boolean requiresPrescription,
        List<DispensedLot> lots) {

    public static final int MAX_QUANTITY = 99;

    public OrderLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitPrice, "unitPrice");
        lots = List.copyOf(lots);
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("a line holds 1 to " + MAX_QUANTITY + " units");
        }
        if (!lots.isEmpty() && lots.stream().mapToInt(DispensedLot::quantity).sum() != quantity) {
            throw new IllegalArgumentException("the lots dispensed must add up to the quantity ordered");
        }
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }

    OrderLine dispensedFrom(List<DispensedLot> dispensed) {
        return new OrderLine(productId, name, quantity, unitPrice, requiresPrescription, dispensed);
    }
}
