package io.apotheca.domain.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * An audit record as it stands in the chain.
 *
 * @param id the entry's id
 * @param sequence its place in the chain, ascending
 * @param record what happened
 * @param previousHash the hash of the entry before it ({@link AuditChain#GENESIS} for the first)
 * @param hash SHA-256 over this entry and {@code previousHash}
 */
public record AuditEntry(UUID id, long sequence, AuditRecord record, String previousHash, String hash) {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
