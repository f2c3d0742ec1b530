package io.apotheca.application.shared.port.out;

import io.apotheca.application.shared.Outcome;
import java.util.function.Supplier;

/**
 * Runs one command as one transaction. With {@link #inTransaction}, everything the block writes is
 * committed together when it returns (a refusal is a returned value, so what it recorded, such as a
 * revoked session, stays); with {@link #allOrNothing}, a refusal undoes what the command wrote.
 * Nothing is kept when the block throws.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs a command that may find a reason to refuse only after it has written: what it wrote is
     * kept when it is done, and all of it undone when it is refused. Run inside another command, it
     * joins that command's transaction and undoes only its own writes.
     */
    <T> Outcome<T> allOrNothing(Supplier<Outcome<T>> command);
}
