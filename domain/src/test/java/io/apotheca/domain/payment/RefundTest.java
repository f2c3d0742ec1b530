package io.apotheca.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.shared.Money;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefundTest {

    private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

    private final Payment paid = Payment.card(
                    new PaymentId(UUID.randomUUID()), new OrderId(UUID.randomUUID()), 1, Money.of(2500, "USD"), AT)
            .withProviderPaymentId("pi_1")
            .succeeded();
    private final Refund.Requested requested = Refund.request(
            new RefundId(UUID.randomUUID()), paid, Money.of(700, "USD"), "damaged parcel", Optional.empty(), AT);

    @Test
    void a_refund_written_down_waits_for_the_provider_and_moves_as_the_provider_answers() {
        Refund pending = requested.answered("re_1", RefundStatus.PENDING);
        Refund succeeded = pending.answered("re_1", RefundStatus.SUCCEEDED);

        assertThat(requested.status()).isEqualTo(RefundStatus.REQUESTED);
        assertThat(requested.providerRefundId()).isEmpty();
        assertThat(pending).isInstanceOf(Refund.Pending.class);
        assertThat(pending.providerRefundId()).contains("re_1");
        assertThat(succeeded).isInstanceOf(Refund.Succeeded.class);
        assertThat(requested.answered("re_2", RefundStatus.FAILED)).isInstanceOf(Refund.Failed.class);
    }

    @Test
    void a_refund_that_succeeded_or_failed_stays_so_whatever_arrives_later() {
        Refund succeeded = requested.answered("re_1", RefundStatus.SUCCEEDED);
        Refund failed = requested.answered("re_2", RefundStatus.FAILED);

        assertThat(succeeded.answered("re_1", RefundStatus.PENDING)).isEqualTo(succeeded);
        assertThat(succeeded.answered("re_1", RefundStatus.FAILED).status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(failed.answered("re_2", RefundStatus.SUCCEEDED).status()).isEqualTo(RefundStatus.FAILED);
    }

    @Test
    void only_a_refund_not_yet_answered_is_rejected_outright_and_it_then_no_longer_counts() {
        Refund.Failed rejected = requested.rejected();

        assertThat(rejected.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(rejected.id()).isEqualTo(requested.id());
        assertThat(rejected.status().accepted()).isFalse();
        assertThatThrownBy(() -> requested.answered("re_1", RefundStatus.REQUESTED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_stored_refund_reads_back_in_the_state_its_status_names() {
        for (RefundStatus status : RefundStatus.values()) {
            Refund stored = Refund.of(
                    requested.id(),
                    requested.paymentId(),
                    requested.orderId(),
                    requested.amount(),
                    requested.reason(),
                    status,
                    Optional.of("re_9"),
                    requested.requestedBy(),
                    requested.createdAt());

            assertThat(stored.status()).isEqualTo(status);
            assertThat(stored.idempotencyKey()).isEqualTo(requested.idempotencyKey());
        }
    }
}
