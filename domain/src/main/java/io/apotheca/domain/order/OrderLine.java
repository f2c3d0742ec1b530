package io.apotheca.domain.order;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.pricing.TaxCategory;
import io.apotheca.domain.pricing.TaxRate;
import io.apotheca.domain.shared.Money;
import java.util.List;
import java.util.Objects;

/**
 * One product of an order, with the price, name and tax as they were at checkout (a later catalog or
 * tax-rate change never alters a placed order), and, once fulfilled, the lots it was dispensed from.
 *
 * @param productId the product
 * @param name its name at checkout
 * @param quantity units ordered
 * @param unitPrice its price at checkout
 * @param requiresPrescription whether it is prescription-only
 * @param taxCategory its tax category at checkout
 * @param taxRate its category's rate at checkout
 * @param tax the tax on the line's net total, as worked out at checkout (see {@link TaxRate})
 * @param lots the lots dispensed, empty until fulfilment
 */
public record OrderLine(
        ProductId productId,
        String name,
        Quantity quantity,
        Money unitPrice,
        boolean requiresPrescription,
        TaxCategory taxCategory,
        TaxRate taxRate,
        Money tax,
        List<DispensedLot> lots) {

    public OrderLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(taxCategory, "taxCategory");
        Objects.requireNonNull(taxRate, "taxRate");
        Objects.requireNonNull(tax, "tax");
        if (!tax.currency().equals(unitPrice.currency())) {
            throw new IllegalArgumentException("a line's tax is in its price's currency");
        }
        lots = List.copyOf(lots);
        if (!lots.isEmpty() && lots.stream().mapToInt(DispensedLot::quantity).sum() != quantity.units()) {
            throw new IllegalArgumentException("the lots dispensed must add up to the quantity ordered");
        }
    }

    /** An untaxed line. */
    public OrderLine(
            ProductId productId,
            String name,
            Quantity quantity,
            Money unitPrice,
            boolean requiresPrescription,
            List<DispensedLot> lots) {
        this(
                productId,
                name,
                quantity,
                unitPrice,
                requiresPrescription,
                TaxCategory.EXEMPT,
                TaxRate.ZERO,
                Money.zero(unitPrice.currency()),
                lots);
    }

    /** A line priced now: its tax is the rate applied to its net total, rounded once, half-even. */
    public static OrderLine priced(
            ProductId productId,
            String name,
            Quantity quantity,
            Money unitPrice,
            boolean requiresPrescription,
            TaxCategory taxCategory,
            TaxRate taxRate) {
        return new OrderLine(
                productId,
                name,
                quantity,
                unitPrice,
                requiresPrescription,
                taxCategory,
                taxRate,
                taxRate.taxOn(quantity.priceAt(unitPrice)),
                List.of());
    }

    /** The line's net total: unit price × quantity, before tax. */
    public Money lineTotal() {
        return quantity.priceAt(unitPrice);
    }

    OrderLine dispensedFrom(List<DispensedLot> dispensed) {
        return new OrderLine(
                productId, name, quantity, unitPrice, requiresPrescription, taxCategory, taxRate, tax, dispensed);
    }
}
