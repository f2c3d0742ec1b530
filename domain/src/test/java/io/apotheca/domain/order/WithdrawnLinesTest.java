package io.apotheca.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.pricing.ShippingCharge;
import io.apotheca.domain.pricing.ShippingOptionId;
import io.apotheca.domain.pricing.TaxCategory;
import io.apotheca.domain.pricing.TaxRate;
import io.apotheca.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a card charged at dispensing takes when lines are withdrawn: the kept lines with their own
 * tax, and shipping in the share the kept lines are of the subtotal, rounded half up (ADR 0017).
 */
class WithdrawnLinesTest {

    private static final Instant NOON = Instant.parse("2026-12-04T12:00:00Z");

    private final OrderLine statin = line("Atorvastatin 20 mg", 1000, TaxCategory.STANDARD, TaxRate.percent("20"));
    private final OrderLine metformin = line("Metformin 500 mg", 500, TaxCategory.EXEMPT, TaxRate.ZERO);
    private final OrderDetails order = new OrderDetails(
            new OrderId(UUID.randomUUID()),
            new UserId(UUID.randomUUID()),
            List.of(statin, metformin),
            new ShippingCharge(Optional.of(new ShippingOptionId(UUID.randomUUID())), "Post", usd(495), false),
            NOON);

    @Test
    void the_kept_line_pays_its_own_tax_and_its_share_of_shipping() {
        OrderDetails kept = order.withdrawing(Set.of(metformin.productId()));

        assertThat(kept.lines()).containsExactly(statin);
        assertThat(kept.totals().subtotal()).isEqualTo(usd(1000));
        assertThat(kept.totals().tax()).isEqualTo(usd(200));
        // 495 × 1000 / 1500 = 330
        assertThat(kept.totals().shipping()).isEqualTo(usd(330));
        assertThat(kept.total()).isEqualTo(usd(1530));
    }

    @Test
    void a_share_of_shipping_is_rounded_half_up_to_the_cent() {
        OrderDetails kept = order.withdrawing(Set.of(statin.productId()));

        // 495 × 500 / 1500 = 165 exactly; 1 cent of 3 lines shows the rounding
        assertThat(kept.totals().shipping()).isEqualTo(usd(165));
        OrderLine a = line("A", 100, TaxCategory.EXEMPT, TaxRate.ZERO);
        OrderLine b = line("B", 100, TaxCategory.EXEMPT, TaxRate.ZERO);
        OrderLine c = line("C", 100, TaxCategory.EXEMPT, TaxRate.ZERO);
        OrderDetails three = new OrderDetails(
                order.id(),
                order.customer(),
                List.of(a, b, c),
                new ShippingCharge(Optional.empty(), "Post", usd(100), false),
                NOON);
        assertThat(three.withdrawing(Set.of(c.productId())).totals().shipping()).isEqualTo(usd(67));
        assertThat(three.withdrawing(Set.of(b.productId(), c.productId()))
                        .totals()
                        .shipping())
                .isEqualTo(usd(33));
    }

    @Test
    void nothing_withdrawn_is_the_whole_order_and_everything_withdrawn_or_a_stranger_is_refused() {
        assertThat(order.withdrawing(Set.of())).isSameAs(order);
        assertThatThrownBy(() -> order.withdrawing(Set.of(statin.productId(), metformin.productId())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order.withdrawing(Set.of(new ProductId(UUID.randomUUID()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_open_order_paid_on_capture_keeps_only_what_was_charged_for() {
        Order.AwaitingPrescription waiting = new Order.AwaitingPrescription(order, NOON.plus(Duration.ofDays(3)));

        Order.Paid paid = waiting.paidOnCapture(Set.of(metformin.productId()), "pi_1", NOON);

        assertThat(paid.details().lines()).containsExactly(statin);
        assertThat(paid.details().total()).isEqualTo(usd(1530));
        assertThat(waiting.holdUntil(NOON).holdExpiresAt()).isEqualTo(NOON);
        assertThat(waiting.prescriptionsApprovedAfterAuthorisation().holdExpiresAt())
                .isEqualTo(waiting.holdExpiresAt());
    }

    private static OrderLine line(String name, long price, TaxCategory category, TaxRate rate) {
        return OrderLine.priced(
                new ProductId(UUID.randomUUID()), name, Quantity.of(1), usd(price), true, category, rate);
    }

    private static Money usd(long minor) {
        return Money.of(minor, "USD");
    }
}
