package io.apotheca.application.shared;

import java.util.function.Function;

/**
 * What a command came to: done, with its result, or refused, with the reason.
 *
 * @param <T> the result when done
 */
public sealed interface Outcome<T> {

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    /** Continues with the result when done; a refusal passes through. */
    default <R> Outcome<R> then(Function<T, Outcome<R>> next) {
        if (this instanceof Done<T> done) {
            return next.apply(done.value());
        }
        return new Refused<>(((Refused<T>) this).refusal());
    }

    record Done<T>(T value) implements Outcome<T> {}

    record Refused<T>(Refusal refusal) implements Outcome<T> {}
}
