package io.apotheca.application.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Refusal.Reason;

/** What a scenario reads of a use case's answer: its value when done, its reason when refused. */
public final class Outcomes {

    private Outcomes() {}

    /** The value of an outcome that must be done; fails the test otherwise. */
    public static <T> T done(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<T>) outcome).value();
    }

    /** The reason of an outcome that must be refused; fails the test otherwise. */
    public static Reason refusal(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) outcome).refusal().reason();
    }
}
