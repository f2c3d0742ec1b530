package io.apotheca.application.memory;

import io.apotheca.application.audit.port.out.AuditLog;
import io.apotheca.domain.audit.AuditChain;
import io.apotheca.domain.audit.AuditEntry;
import io.apotheca.domain.audit.AuditRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** The hash-chained audit trail as a list, each entry linked to the one before. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized AuditEntry append(UUID id, AuditRecord record) {
        String previous = entries.isEmpty()
                ? AuditChain.GENESIS
                : entries.get(entries.size() - 1).hash();
        AuditEntry entry = AuditChain.link(id, entries.size() + 1L, record, previous);
        entries.add(entry);
        return entry;
    }

    @Override
    public synchronized List<AuditEntry> page(Filter filter, Optional<Long> beforeSequence, int limit) {
        List<AuditEntry> page = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && page.size() < limit; i--) {
            AuditEntry entry = entries.get(i);
            AuditRecord r = entry.record();
            if (beforeSequence.filter(before -> entry.sequence() >= before).isEmpty()
                    && filter.actor().filter(a -> !a.equals(r.actorId())).isEmpty()
                    && filter.target().filter(t -> !t.equals(r.targetId())).isEmpty()
                    && filter.action().filter(a -> !a.equals(r.action())).isEmpty()) {
                page.add(entry);
            }
        }
        return page;
    }

    @Override
    public synchronized void forEachInOrder(Consumer<AuditEntry> each) {
        entries.forEach(each);
    }

    /** The actions recorded so far, oldest first. */
    public synchronized List<String> actions() {
        return entries.stream().map(e -> e.record().action()).toList();
    }
}
