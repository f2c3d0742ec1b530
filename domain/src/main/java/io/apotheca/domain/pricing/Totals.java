package io.apotheca.domain.pricing;

import io.apotheca.domain.shared.Money;
import java.util.Objects;

/**
 * What an order or a cart comes to: its goods net of tax, the tax on them, and shipping.
 *
 * @param subtotal the lines' net totals added up
 * @param tax the lines' tax added up (each line rounded on its own, see {@link TaxRate})
 * @param shipping the shipping charge
 */
public record Totals(Money subtotal, Money tax, Money shipping) {

    public Totals {
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(shipping, "shipping");
        if (!subtotal.currency().equals(tax.currency()) || !subtotal.currency().equals(shipping.currency())) {
            throw new IllegalArgumentException("totals are in one currency");
        }
    }

    /** What is charged: subtotal + tax + shipping. */
    public Money total() {
        return subtotal.plus(tax).plus(shipping);
    }
}
