package io.apotheca.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7GeneratorTest {

    private static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void ids_are_version_7_with_the_rfc_variant_and_carry_the_clock_millis() {
        UuidV7Generator ids = new UuidV7Generator(Clock.fixed(NOON, ZoneOffset.UTC), new SplittableRandom(7));

        UUID id = ids.next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOON.toEpochMilli());
    }

    @Test
    void ids_made_within_one_millisecond_are_distinct_and_ascending() {
        UuidV7Generator ids = new UuidV7Generator(Clock.fixed(NOON, ZoneOffset.UTC), new SplittableRandom(7));

        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(ids.next());
        }

        assertThat(new HashSet<>(made)).hasSize(made.size());
        assertThat(made).isSortedAccordingTo(UuidV7GeneratorTest::compareUnsigned);
    }

    @Test
    void a_clock_that_steps_back_never_makes_ids_go_backwards() {
        MovableClock clock = new MovableClock(NOON);
        UuidV7Generator ids = new UuidV7Generator(clock, new SplittableRandom(7));
        UUID before = ids.next();

        clock.instant = NOON.minusSeconds(5);
        UUID after = ids.next();

        assertThat(compareUnsigned(before, after)).isNegative();
    }

    private static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    private static final class MovableClock extends Clock {
        Instant instant;

        MovableClock(Instant instant) {
            this.instant = instant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
