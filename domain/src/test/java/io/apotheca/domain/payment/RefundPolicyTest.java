package io.apotheca.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.domain.payment.RefundPolicy.Allowed;
import io.apotheca.domain.payment.RefundPolicy.Refusal;
import io.apotheca.domain.payment.RefundPolicy.Refused;
import io.apotheca.domain.shared.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefundPolicyTest {

    private final Payment paid = Payments.card(Payments.awaitingPayment(), 1).succeeded(); // 25.00 USD

    @Test
    void without_an_amount_all_that_remains_is_refunded() {
        List<Refund> earlier = List.of(Payments.refund(paid, 1000, RefundStatus.SUCCEEDED));

        assertThat(RefundPolicy.check(paid, earlier, Optional.empty())).isEqualTo(new Allowed(Money.of(1500, "USD")));
    }

    @Test
    void never_more_than_remains_counting_refunds_not_yet_answered() {
        List<Refund> earlier = List.of(
                Payments.refund(paid, 1000, RefundStatus.REQUESTED), Payments.refund(paid, 500, RefundStatus.PENDING));

        assertThat(RefundPolicy.check(paid, earlier, Optional.of(Money.of(1001, "USD"))))
                .isEqualTo(new Refused(Refusal.ABOVE_REMAINING, Money.of(1000, "USD")));
        assertThat(RefundPolicy.check(paid, earlier, Optional.of(Money.of(1000, "USD"))))
                .isEqualTo(new Allowed(Money.of(1000, "USD")));
    }

    @Test
    void a_failed_refund_gives_its_amount_back_to_what_remains() {
        List<Refund> earlier = List.of(Payments.refund(paid, 2500, RefundStatus.FAILED));

        assertThat(RefundPolicy.check(paid, earlier, Optional.empty())).isEqualTo(new Allowed(Money.of(2500, "USD")));
    }

    @Test
    void refuses_when_nothing_was_received_nothing_is_left_or_the_amount_is_odd() {
        Payment unpaid = Payments.card(Payments.awaitingPayment(), 1);
        List<Refund> all = List.of(Payments.refund(paid, 2500, RefundStatus.SUCCEEDED));

        assertThat(RefundPolicy.check(unpaid, List.of(), Optional.empty()))
                .isEqualTo(new Refused(Refusal.NOTHING_RECEIVED, Money.of(0, "USD")));
        assertThat(RefundPolicy.check(paid, all, Optional.empty()))
                .isEqualTo(new Refused(Refusal.NOTHING_LEFT, Money.of(0, "USD")));
        assertThat(RefundPolicy.check(paid, List.of(), Optional.of(Money.of(100, "EUR"))))
                .isEqualTo(new Refused(Refusal.OTHER_CURRENCY, Money.of(2500, "USD")));
        assertThat(RefundPolicy.check(paid, List.of(), Optional.of(Money.of(0, "USD"))))
                .isEqualTo(new Refused(Refusal.NOTHING_ASKED, Money.of(2500, "USD")));
    }

    @Test
    void fully_refunded_once_accepted_refunds_reach_what_was_received() {
        Refund partial = Payments.refund(paid, 1000, RefundStatus.SUCCEEDED);
        Refund rest = Payments.refund(paid, 1500, RefundStatus.PENDING);

        assertThat(RefundPolicy.fullyRefunded(paid, List.of(partial))).isFalse();
        assertThat(RefundPolicy.fullyRefunded(
                        paid, List.of(partial, Payments.refund(paid, 1500, RefundStatus.REQUESTED))))
                .isFalse();
        assertThat(RefundPolicy.fullyRefunded(paid, List.of(partial, rest))).isTrue();
        assertThat(RefundPolicy.refunded(paid, List.of(partial, rest))).isEqualTo(Money.of(2500, "USD"));
    }

    @Test
    void a_succeeded_refund_is_never_moved_back_by_a_late_answer() {
        Refund succeeded = Payments.refund(paid, 1000, RefundStatus.SUCCEEDED);

        assertThat(succeeded.answered("re_1000", RefundStatus.PENDING).status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(succeeded.idempotencyKey()).isEqualTo("order-" + paid.orderId() + "-refund-" + succeeded.id());
    }
}
