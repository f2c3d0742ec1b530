package io.apotheca.application.shared;

import io.apotheca.application.shared.port.out.IdGenerator;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Makes UUIDv7 ids (RFC 9562): 48 bits of Unix milliseconds from the injected clock, then 74 random
 * bits. Within one millisecond ids of one generator still ascend, because the random tail of the
 * previous id is incremented rather than drawn again.
 */
public final class UuidV7Generator implements IdGenerator {

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;
    private static final long RANDOM_A_MASK = 0x0FFFL;
    private static final long RANDOM_B_MASK = 0x3FFF_FFFF_FFFF_FFFFL;

    private final Clock clock;
    private final RandomGenerator random;
    private long lastMillis = -1;
    private long lastRandomA;
    private long lastRandomB;

    /**
     * @param clock the source of time
     * @param random the source of randomness; a {@code SecureRandom} in production
     */
    public UuidV7Generator(Clock clock, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public synchronized UUID next() {
        long millis = Math.max(clock.millis(), lastMillis);
        if (millis == lastMillis) {
            incrementRandomTail();
        } else {
            lastMillis = millis;
            lastRandomA = random.nextLong() & RANDOM_A_MASK;
            lastRandomB = random.nextLong() & RANDOM_B_MASK;
        }
        long high = (lastMillis << 16) | VERSION_7 | lastRandomA;
        long low = VARIANT_RFC | lastRandomB;
        return new UUID(high, low);
    }

    private void incrementRandomTail() {
        lastRandomB = (lastRandomB + 1) & RANDOM_B_MASK;
        if (lastRandomB == 0) {
            lastRandomA = (lastRandomA + 1) & RANDOM_A_MASK;
            if (lastRandomA == 0) {
                lastMillis++; // 2^74 ids in one millisecond: borrow the next millisecond
            }
        }
    }
}
