package io.apotheca.application.shared;

import io.apotheca.application.shared.port.out.IdGenerator;
import io.apotheca.application.shared.port.out.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * What every capability's use cases stand on and none owns: the pharmacy's clock, its id generator
 * and its transactions. Each capability's ports take one kernel, so a use case never borrows them
 * from another capability.
 *
 * @param clock the pharmacy's time: when an order was placed, when a lot expires
 * @param ids new identifiers, time-ordered
 * @param transactions one command, one transaction
 */
public record Kernel(Clock clock, IdGenerator ids, Transactions transactions) {

    public Kernel {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(transactions, "transactions");
    }

    /** This instant, by the pharmacy's clock. */
    public Instant now() {
        return clock.instant();
    }
}
