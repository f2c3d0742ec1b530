package io.apotheca.application.memory;

import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.port.out.Transactions;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Transactions for the in-memory stores: one at a time, so a use case sees no interleaving; a block
 * inside a block joins it. When a block throws, or a command run all or nothing is refused, the
 * stores given to guard are put back as they were before it began; stores not given keep what the
 * block wrote, so scenario tests that need every store rolled back run on PostgreSQL.
 */
public final class InMemoryTransactions implements Transactions {

    private final ReentrantLock lock = new ReentrantLock();
    private final List<Restorable> guarded;

    /** @param guarded the stores whose writes a failed block undoes */
    public InMemoryTransactions(Restorable... guarded) {
        this.guarded = List.of(guarded);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return run(work, result -> false);
    }

    @Override
    public <T> Outcome<T> allOrNothing(Supplier<Outcome<T>> command) {
        return run(command, outcome -> outcome instanceof Outcome.Refused<T>);
    }

    /** Runs the work under the lock, undoing the guarded stores' writes when it throws or its result says so. */
    private <T> T run(Supplier<T> work, Predicate<T> undone) {
        lock.lock();
        try {
            boolean joined = lock.getHoldCount() > 1;
            List<Runnable> rollback = guarded.stream().map(Restorable::snapshot).toList();
            try {
                T result = work.get();
                if (undone.test(result)) {
                    rollback.forEach(Runnable::run);
                }
                return result;
            } catch (RuntimeException | Error e) {
                if (!joined) {
                    rollback.forEach(Runnable::run);
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }
}
