package io.apotheca.domain.order;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.pricing.ShippingCharge;
import io.apotheca.domain.pricing.Totals;
import io.apotheca.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every state of an order knows: whose it is, what is in it, what it costs, and when it was
 * placed.
 *
 * @param id the order
 * @param customer who placed it
 * @param lines what was ordered, at least one line, all in one currency
 * @param shipping the shipping charged, in the lines' currency
 * @param placedAt when it was placed
 */
public record OrderDetails(
        OrderId id, UserId customer, List<OrderLine> lines, ShippingCharge shipping, Instant placedAt) {

    public OrderDetails {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(shipping, "shipping");
        Objects.requireNonNull(placedAt, "placedAt");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        long currencies =
                lines.stream().map(l -> l.unitPrice().currency()).distinct().count();
        if (currencies != 1) {
            throw new IllegalArgumentException("an order is in one currency");
        }
        if (!shipping.amount().currency().equals(lines.get(0).unitPrice().currency())) {
            throw new IllegalArgumentException("an order's shipping is in its lines' currency");
        }
    }

    /** An order shipped without a shipping option, at no charge. */
    public OrderDetails(OrderId id, UserId customer, List<OrderLine> lines, Instant placedAt) {
        this(id, customer, lines, ShippingCharge.none(currencyOf(lines)), placedAt);
    }

    private static Currency currencyOf(List<OrderLine> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        return lines.get(0).unitPrice().currency();
    }

    /** Subtotal, tax and shipping, as fixed at checkout. */
    public Totals totals() {
        return new Totals(
                lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow(),
                lines.stream().map(OrderLine::tax).reduce(Money::plus).orElseThrow(),
                shipping.amount());
    }

    /** What the customer is charged, and the most that can be refunded: subtotal + tax + shipping. */
    public Money total() {
        return totals().total();
    }

    public boolean requiresPrescription() {
        return lines.stream().anyMatch(OrderLine::requiresPrescription);
    }

    /**
     * The order without the lines of {@code withdrawn} products, as a card is charged for it when
     * those lines are not dispensed: the kept lines with their own tax, and the shipping in the
     * share the kept lines are of the subtotal ({@code shipping × kept subtotal / subtotal},
     * rounded half up to the minor unit). With nothing withdrawn it is this order unchanged.
     *
     * @throws IllegalArgumentException when nothing would be left, or a product is not in the order
     */
    public OrderDetails withdrawing(Set<ProductId> withdrawn) {
        if (withdrawn.isEmpty()) {
            return this;
        }
        Set<ProductId> ordered = lines.stream().map(OrderLine::productId).collect(Collectors.toSet());
        if (!ordered.containsAll(withdrawn)) {
            throw new IllegalArgumentException("only the order's own lines can be withdrawn");
        }
        List<OrderLine> kept = lines.stream()
                .filter(line -> !withdrawn.contains(line.productId()))
                .toList();
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("an order keeps at least one line");
        }
        long subtotal = totals().subtotal().minor();
        long keptSubtotal = kept.stream().mapToLong(l -> l.lineTotal().minor()).sum();
        long shippingShare = BigDecimal.valueOf(shipping.amount().minor())
                .multiply(BigDecimal.valueOf(keptSubtotal))
                .divide(BigDecimal.valueOf(subtotal), 0, RoundingMode.HALF_UP)
                .longValueExact();
        ShippingCharge share = new ShippingCharge(
                shipping.option(),
                shipping.name(),
                new Money(shippingShare, shipping.amount().currency()),
                shipping.freeOverThreshold());
        return new OrderDetails(id, customer, kept, share, placedAt);
    }

    OrderDetails withLines(List<OrderLine> newLines) {
        return new OrderDetails(id, customer, newLines, shipping, placedAt);
    }
}
