package io.apotheca.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-21T12:00:00.123456789Z");

    @Test
    void an_untouched_chain_verifies() {
        List<AuditEntry> chain = chainOf(3);

        assertThat(verify(chain).firstBroken()).isEmpty();
        assertThat(verify(chain).entries()).isEqualTo(3);
    }

    @Test
    void an_edited_detail_breaks_the_chain_at_that_entry() {
        List<AuditEntry> chain = chainOf(3);
        AuditEntry second = chain.get(1);
        AuditRecord edited = AuditRecord.of(
                second.record().occurredAt(),
                "admin-1",
                "ADMIN",
                "pharmacist.approved",
                "pharmacist",
                "p-2",
                "req",
                Map.of("reason", "changed afterwards"));
        chain.set(1, new AuditEntry(second.id(), second.sequence(), edited, second.previousHash(), second.hash()));

        assertThat(verify(chain).firstBroken()).hasValue(second.id());
    }

    @Test
    void a_removed_entry_breaks_the_chain_at_the_one_after_it() {
        List<AuditEntry> chain = chainOf(3);
        UUID third = chain.get(2).id();
        chain.remove(1);

        assertThat(verify(chain).firstBroken()).hasValue(third);
    }

    @Test
    void field_boundaries_cannot_be_shifted_to_forge_the_same_hash() {
        UUID id = new UUID(1, 1);
        AuditRecord a = AuditRecord.of(AT, "ab", "c", "x", "t", "1", null, Map.of());
        AuditRecord b = AuditRecord.of(AT, "a", "bc", "x", "t", "1", null, Map.of());

        assertThat(AuditChain.hash(id, a, AuditChain.GENESIS)).isNotEqualTo(AuditChain.hash(id, b, AuditChain.GENESIS));
    }

    @Test
    void times_are_kept_to_the_microsecond_so_a_stored_entry_hashes_alike() {
        AuditRecord record = AuditRecord.of(AT, "a", "ADMIN", "x", "t", "1", null, Map.of());

        assertThat(record.occurredAt()).isEqualTo(Instant.parse("2026-11-21T12:00:00.123456Z"));
    }

    private static List<AuditEntry> chainOf(int length) {
        List<AuditEntry> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditRecord record = AuditRecord.of(
                    AT.plusSeconds(i),
                    "admin-1",
                    "ADMIN",
                    "pharmacist.approved",
                    "pharmacist",
                    "p-" + i,
                    "req-" + i,
                    Map.of("licence", "L-" + i));
            AuditEntry entry = AuditChain.link(new UUID(7, i), i, record, previous);
            chain.add(entry);
            previous = entry.hash();
        }
        return chain;
    }

    private static ChainVerifier verify(List<AuditEntry> chain) {
        ChainVerifier verifier = new ChainVerifier();
        chain.forEach(verifier::accept);
        return verifier;
    }
}
