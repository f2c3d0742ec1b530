package io.apotheca.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.audit.AuditLogContract;
import io.apotheca.application.audit.port.out.AuditLog;
import io.apotheca.application.shared.port.out.Transactions;
import io.apotheca.domain.audit.AuditRecord;
import io.apotheca.domain.audit.ChainVerifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The PostgreSQL audit trail, held to the audit trail contract on a real database, and to what only
 * a database can show: no fork under concurrent writers, no entry from a rolled-back action, and no
 * change to an entry by any means.
 */
class JdbiAuditLogIT extends AuditLogContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;

    @Override
    protected AuditLog log() {
        return persistence.auditLog();
    }

    @Test
    void concurrent_writers_never_fork_the_chain() throws Exception {
        AuditLog log = persistence.auditLog();
        ChainVerifier before = new ChainVerifier();
        log.forEachInOrder(before::accept);
        Transactions transactions = persistence.transactions();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int writer = 0; writer < 8; writer++) {
                int w = writer;
                work.add(() -> {
                    for (int i = 0; i < 25; i++) {
                        int n = i;
                        transactions.inTransaction(
                                () -> log.append(UUID.randomUUID(), record("writer-" + w, "entry-" + n)));
                    }
                    return null;
                });
            }
            for (Future<Void> done : writers.invokeAll(work)) {
                done.get();
            }
        } finally {
            writers.shutdownNow();
        }

        ChainVerifier verifier = new ChainVerifier();
        log.forEachInOrder(verifier::accept);
        assertThat(verifier.entries() - before.entries()).isEqualTo(200);
        assertThat(verifier.firstBroken()).isEmpty();
    }

    @Test
    void an_append_rolled_back_with_its_action_leaves_no_entry() {
        AuditLog log = persistence.auditLog();
        String target = "rolled-back-" + UUID.randomUUID();

        assertThatThrownBy(() -> persistence.transactions().inTransaction(() -> {
                    log.append(UUID.randomUUID(), record("admin", target));
                    throw new IllegalStateException("the action failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(log.page(
                        new AuditLog.Filter(
                                java.util.Optional.empty(), java.util.Optional.of(target), java.util.Optional.empty()),
                        java.util.Optional.empty(),
                        10))
                .isEmpty();
    }

    @Test
    void the_database_refuses_to_update_delete_or_truncate_entries() throws SQLException {
        persistence
                .transactions()
                .inTransaction(() -> persistence.auditLog().append(UUID.randomUUID(), record("admin", "kept")));
        try (Connection connection = postgres.connect()) {
            assertThatThrownBy(() -> connection.createStatement().executeUpdate("UPDATE audit_log SET action = 'x'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> connection.createStatement().executeUpdate("DELETE FROM audit_log"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> connection.createStatement().execute("TRUNCATE audit_log"))
                    .hasMessageContaining("append-only");
        }
    }

    private static AuditRecord record(String actor, String target) {
        return AuditRecord.of(
                Instant.parse("2026-11-21T12:00:00Z"),
                actor,
                "ADMIN",
                "test.action",
                "test",
                target,
                "req",
                Map.of("n", target));
    }
}
