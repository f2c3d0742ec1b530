package io.apotheca.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.pricing.ShippingCharge;
import io.apotheca.domain.pricing.ShippingOption;
import io.apotheca.domain.pricing.ShippingOptionId;
import io.apotheca.domain.pricing.TaxCategory;
import io.apotheca.domain.pricing.TaxRate;
import io.apotheca.domain.pricing.Totals;
import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The worked example of docs/adr/0009: standard, reduced and exempt lines with paid shipping. */
class OrderTotalsTest {

    private static final TaxRate STANDARD = TaxRate.percent("20");
    private static final TaxRate REDUCED = TaxRate.percent("5.5");

    private final ShippingOption post = new ShippingOption(
            new ShippingOptionId(UUID.randomUUID()),
            "Standard post",
            Money.of(495, "USD"),
            Optional.of(Money.of(5000, "USD")),
            true);

    @Test
    void adds_subtotal_tax_per_line_and_shipping_into_the_total() {
        List<OrderLine> lines = List.of(
                line("Ibuprofen 200 mg", 2, 499, false, TaxCategory.STANDARD, STANDARD),
                line("Vitamin D3", 2, 350, false, TaxCategory.REDUCED, REDUCED),
                line("Amoxicillin 500 mg", 1, 1250, true, TaxCategory.EXEMPT, TaxRate.ZERO));
        Money subtotal = Money.of(2948, "USD");

        OrderDetails details = details(lines, post.chargeFor(subtotal));

        assertThat(lines)
                .extracting(OrderLine::tax)
                .containsExactly(Money.of(200, "USD"), Money.of(38, "USD"), Money.of(0, "USD"));
        assertThat(details.totals()).isEqualTo(new Totals(subtotal, Money.of(238, "USD"), Money.of(495, "USD")));
        assertThat(details.total()).isEqualTo(Money.of(3681, "USD"));
    }

    @Test
    void ships_free_over_the_threshold() {
        List<OrderLine> lines = List.of(
                line("Ibuprofen 200 mg", 10, 499, false, TaxCategory.STANDARD, STANDARD),
                line("Vitamin D3", 1, 10, false, TaxCategory.REDUCED, REDUCED));

        OrderDetails details = details(lines, post.chargeFor(Money.of(5000, "USD")));

        assertThat(details.totals().shipping()).isEqualTo(Money.of(0, "USD"));
        assertThat(details.total()).isEqualTo(Money.of(5000 + 998 + 1, "USD"));
    }

    @Test
    void keeps_the_tax_worked_out_at_checkout_when_dispensed() {
        OrderLine line = line("Ibuprofen 200 mg", 2, 499, false, TaxCategory.STANDARD, STANDARD);

        OrderLine dispensed = line.dispensedFrom(List.of(new DispensedLot(
                new io.apotheca.domain.inventory.LotNumber("L1"), java.time.LocalDate.of(2030, 1, 1), 2)));

        assertThat(dispensed.tax()).isEqualTo(line.tax());
        assertThat(dispensed.taxRate()).isEqualTo(STANDARD);
    }

    @Test
    void without_tax_or_shipping_the_total_is_the_subtotal() {
        OrderDetails details = new OrderDetails(
                new OrderId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()),
                List.of(new OrderLine(
                        new ProductId(UUID.randomUUID()),
                        "Plasters",
                        Quantity.of(3),
                        Money.of(250, "USD"),
                        false,
                        List.of())),
                Instant.parse("2026-11-22T10:00:00Z"));

        assertThat(details.total()).isEqualTo(Money.of(750, "USD"));
        assertThat(details.shipping().option()).isEmpty();
    }

    @Test
    void refuses_shipping_in_another_currency() {
        List<OrderLine> lines = List.of(line("Plasters", 1, 250, false, TaxCategory.STANDARD, STANDARD));

        assertThatThrownBy(() -> details(lines, ShippingCharge.none(java.util.Currency.getInstance("EUR"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OrderLine line(
            String name, int quantity, long price, boolean rx, TaxCategory category, TaxRate rate) {
        return OrderLine.priced(
                new ProductId(UUID.randomUUID()),
                name,
                Quantity.of(quantity),
                Money.of(price, "USD"),
                rx,
                category,
                rate);
    }

    private static OrderDetails details(List<OrderLine> lines, ShippingCharge shipping) {
        return new OrderDetails(
                new OrderId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()),
                lines,
                shipping,
                Instant.parse("2026-11-22T10:00:00Z"));
    }
}
