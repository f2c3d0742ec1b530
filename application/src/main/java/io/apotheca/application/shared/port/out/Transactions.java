package io.apotheca.application.shared.port.out;

import java.util.function.Supplier;

/**
 * Runs one command as one transaction: everything the block writes is committed together when it
 * returns (a refusal is a returned value, so what it recorded, such as a revoked session, stays),
 * and nothing is kept when it throws.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
