package io.apotheca.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryBackoffTest {

    private static final Instant QUEUED = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void the_wait_doubles_from_30_seconds_up_to_6_hours() {
        assertThat(DeliveryBackoff.WEBHOOKS.wait(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(DeliveryBackoff.WEBHOOKS.wait(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(DeliveryBackoff.WEBHOOKS.wait(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(DeliveryBackoff.WEBHOOKS.wait(10)).isEqualTo(Duration.ofMinutes(256));
        assertThat(DeliveryBackoff.WEBHOOKS.wait(11)).isEqualTo(Duration.ofHours(6));
        assertThat(DeliveryBackoff.WEBHOOKS.wait(40)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void jitter_keeps_each_wait_between_half_and_all_of_it() {
        Instant failed = QUEUED.plusSeconds(5);
        assertThat(DeliveryBackoff.WEBHOOKS.next(3, QUEUED, failed, 0.0)).contains(failed.plusSeconds(60));
        assertThat(DeliveryBackoff.WEBHOOKS.next(3, QUEUED, failed, 0.999))
                .hasValueSatisfying(
                        next -> assertThat(next).isBetween(failed.plusSeconds(119), failed.plusSeconds(120)));
    }

    @Test
    void a_delivery_failing_every_time_is_tried_about_twenty_times_over_three_days_then_given_up() {
        List<Instant> attempts = new ArrayList<>(List.of(QUEUED));
        Optional<Instant> next = DeliveryBackoff.WEBHOOKS.next(1, QUEUED, QUEUED, 1.0);
        while (next.isPresent()) {
            attempts.add(next.get());
            next = DeliveryBackoff.WEBHOOKS.next(attempts.size(), QUEUED, next.get(), 1.0);
        }

        assertThat(attempts).hasSizeBetween(18, 24);
        assertThat(attempts.get(attempts.size() - 1))
                .isBetween(QUEUED.plus(Duration.ofDays(3)).minus(Duration.ofHours(6)), QUEUED.plus(Duration.ofDays(3)));
    }

    @Test
    void the_broker_is_never_given_up_and_waits_at_most_10_seconds() {
        Instant late = QUEUED.plus(Duration.ofDays(30));
        assertThat(DeliveryBackoff.BROKER.next(1000, QUEUED, late, 0.999))
                .hasValueSatisfying(next -> assertThat(next).isBeforeOrEqualTo(late.plusSeconds(10)));
    }
}
