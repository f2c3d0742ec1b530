package io.apotheca.domain.order;

import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What every state of an order knows: whose it is, what is in it, and when it was placed.
 *
 * @param id the order
 * @param customer who placed it
 * @param lines what was ordered, at least one line, all in one currency
 * @param placedAt when it was placed
 */
public record OrderDetails(OrderId id, UserId customer, List<OrderLine> lines, Instant placedAt) {

    public OrderDetails {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customer, "customer");
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
    }

    public Money total() {
        return lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
    }

    public boolean requiresPrescription() {
        return lines.stream().anyMatch(OrderLine::requiresPrescription);
    }

    OrderDetails withLines(List<OrderLine> newLines) {
        return new OrderDetails(id, customer, newLines, placedAt);
    }
}
