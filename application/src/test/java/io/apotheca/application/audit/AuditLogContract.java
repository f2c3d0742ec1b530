package io.apotheca.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.audit.port.out.AuditLog;
import io.apotheca.application.audit.port.out.AuditLog.Filter;
import io.apotheca.domain.audit.AuditChain;
import io.apotheca.domain.audit.AuditEntry;
import io.apotheca.domain.audit.AuditRecord;
import io.apotheca.domain.audit.ChainVerifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every audit trail must do: each entry is chained after the one before, reads back exactly as
 * it was appended (to the microsecond), and pages newest first through the filters. The in-memory
 * fake and the PostgreSQL trail each extend this class; the trail may hold other entries, so each
 * test acts on targets of its own.
 */
public abstract class AuditLogContract {

    private static final Instant AT = Instant.parse("2026-11-30T09:00:00.123456Z");

    /** The trail under test. */
    protected abstract AuditLog log();

    @Test
    void an_entry_is_chained_after_the_last_one_and_reads_back_as_it_was_appended() {
        String target = unique("licence");
        AuditEntry first = log().append(UUID.randomUUID(), record("admin-1", "pharmacist.approved", target));
        UUID id = UUID.randomUUID();
        AuditRecord record = record("admin-1", "pharmacist.suspended", target);

        AuditEntry second = log().append(id, record);

        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.hash()).isEqualTo(AuditChain.hash(id, record, first.hash()));
        assertThat(second.sequence()).isGreaterThan(first.sequence());
        assertThat(log().page(byTarget(target), Optional.empty(), 10)).containsExactly(second, first);
    }

    @Test
    void an_entry_by_the_pharmacy_itself_without_request_or_details_reads_back_as_appended() {
        String target = unique("batch");
        AuditRecord record = AuditRecord.of(
                AT, AuditRecord.SYSTEM, AuditRecord.SYSTEM, "batch.expired", "batch", target, null, Map.of());

        AuditEntry entry = log().append(UUID.randomUUID(), record);

        assertThat(log().page(byTarget(target), Optional.empty(), 10)).containsExactly(entry);
    }

    @Test
    void the_whole_trail_verifies_in_chain_order() {
        String target = unique("order");
        List<UUID> appended = new ArrayList<>();
        for (String action : List.of("order.refunded", "order.cancelled", "order.archived")) {
            appended.add(log().append(UUID.randomUUID(), record("admin-2", action, target))
                    .id());
        }
        ChainVerifier verifier = new ChainVerifier();
        List<UUID> walked = new ArrayList<>();

        log().forEachInOrder(entry -> {
            verifier.accept(entry);
            walked.add(entry.id());
        });

        assertThat(verifier.firstBroken()).isEmpty();
        assertThat(walked).containsSubsequence(appended);
    }

    @Test
    void a_page_holds_only_entries_matching_every_filter_given() {
        String target = unique("product");
        String actor = unique("admin");
        String action = unique("product.priced");
        AuditEntry mine = log().append(UUID.randomUUID(), record(actor, action, target));
        AuditEntry myOtherAction = log().append(UUID.randomUUID(), record(actor, "product.renamed", target));
        AuditEntry theirs = log().append(UUID.randomUUID(), record(unique("admin"), action, target));

        assertThat(log().page(
                                new Filter(Optional.of(actor), Optional.of(target), Optional.empty()),
                                Optional.empty(),
                                10))
                .containsExactly(myOtherAction, mine);
        assertThat(log().page(
                                new Filter(Optional.empty(), Optional.of(target), Optional.of(action)),
                                Optional.empty(),
                                10))
                .containsExactly(theirs, mine);
        assertThat(log().page(
                                new Filter(Optional.of(actor), Optional.empty(), Optional.of(action)),
                                Optional.empty(),
                                10))
                .containsExactly(mine);
    }

    @Test
    void a_page_is_newest_first_no_longer_than_asked_and_goes_on_before_the_sequence_given() {
        String target = unique("prescription");
        AuditEntry oldest = log().append(UUID.randomUUID(), record("pharmacist-1", "prescription.opened", target));
        AuditEntry middle = log().append(UUID.randomUUID(), record("pharmacist-1", "prescription.noted", target));
        AuditEntry newest = log().append(UUID.randomUUID(), record("pharmacist-1", "prescription.approved", target));

        assertThat(log().page(byTarget(target), Optional.empty(), 2)).containsExactly(newest, middle);
        assertThat(log().page(byTarget(target), Optional.of(middle.sequence()), 2))
                .containsExactly(oldest);
        assertThat(log().page(byTarget(target), Optional.of(oldest.sequence()), 2))
                .isEmpty();
    }

    private static AuditRecord record(String actor, String action, String target) {
        return AuditRecord.of(
                AT,
                actor,
                "ADMIN",
                action,
                target.substring(0, target.indexOf('-')),
                target,
                "req-" + UUID.randomUUID(),
                Map.of("reason", "Lapsed insurance — renewed", "amount", "12.50 EUR"));
    }

    private static Filter byTarget(String target) {
        return new Filter(Optional.empty(), Optional.of(target), Optional.empty());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
