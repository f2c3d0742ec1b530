package io.apotheca.domain.audit;

import java.util.Optional;
import java.util.UUID;

/**
 * Walks the chain in sequence order and finds the first entry that does not hold: its hash does not
 * match its content, or it does not follow the entry before it (one was removed or reordered).
 */
public final class ChainVerifier {

    private String expectedPrevious = AuditChain.GENESIS;
    private long entries;
    private UUID firstBroken;

    /** Checks the next entry of the chain. */
    public void accept(AuditEntry entry) {
        entries++;
        if (firstBroken != null) {
            return;
        }
        boolean follows = entry.previousHash().equals(expectedPrevious);
        boolean intact = AuditChain.hash(entry.id(), entry.record(), entry.previousHash())
                .equals(entry.hash());
        if (!follows || !intact) {
            firstBroken = entry.id();
        }
        expectedPrevious = entry.hash();
    }

    public long entries() {
        return entries;
    }

    /** The first entry that breaks the chain, if any. */
    public Optional<UUID> firstBroken() {
        return Optional.ofNullable(firstBroken);
    }
}
