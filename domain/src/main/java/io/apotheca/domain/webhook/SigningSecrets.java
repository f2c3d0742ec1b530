package io.apotheca.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The secrets an endpoint's deliveries are signed with: the current one, and after a roll the
 * previous one until its overlap ends, so the receiver can change its secret without missing a
 * delivery (each delivery then carries a signature for each).
 *
 * @param current signs every delivery
 * @param previous the secret before the last roll, while it still signs
 * @param previousUntil when the previous secret stops signing
 */
public record SigningSecrets(String current, Optional<String> previous, Optional<Instant> previousUntil) {

    /** The longest overlap a roll may ask for. */
    public static final Duration MAX_OVERLAP = Duration.ofDays(7);

    public SigningSecrets {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(previousUntil, "previousUntil");
        if (previous.isPresent() != previousUntil.isPresent()) {
            throw new IllegalArgumentException("a previous secret has an end, and only it");
        }
    }

    public static SigningSecrets of(String current) {
        return new SigningSecrets(current, Optional.empty(), Optional.empty());
    }

    /** The secrets that sign a delivery sent at {@code now}: the current one first. */
    public List<String> signingAt(Instant now) {
        List<String> secrets = new ArrayList<>(List.of(current));
        previous.filter(p -> previousUntil.get().isAfter(now)).ifPresent(secrets::add);
        return secrets;
    }

    /** A new current secret; the one it replaces keeps signing for {@code overlap} (zero: not at all). */
    public SigningSecrets roll(String next, Instant now, Duration overlap) {
        if (overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
            throw new IllegalArgumentException("an overlap is between zero and " + MAX_OVERLAP);
        }
        if (overlap.isZero()) {
            return of(next);
        }
        return new SigningSecrets(next, Optional.of(current), Optional.of(now.plus(overlap)));
    }
}
