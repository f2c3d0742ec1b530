package io.apotheca.application.audit.port.out;

import io.apotheca.domain.audit.AuditEntry;
import io.apotheca.domain.audit.AuditRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The append-only audit trail. Appending happens in the caller's transaction and chains the entry
 * after the last one; concurrent appends are serialised, so the chain never forks. Nothing updates
 * or deletes an entry.
 */
public interface AuditLog {

    AuditEntry append(UUID id, AuditRecord record);

    /** Up to {@code limit} entries matching the filter, newest first, before the given sequence. */
    List<AuditEntry> page(Filter filter, Optional<Long> beforeSequence, int limit);

    /** Every entry in chain order, for verification. */
    void forEachInOrder(Consumer<AuditEntry> each);

    /**
     * @param actor only entries by this actor id
     * @param target only entries about this target id
     * @param action only entries of this action
     */
    record Filter(Optional<String> actor, Optional<String> target, Optional<String> action) {}
}
