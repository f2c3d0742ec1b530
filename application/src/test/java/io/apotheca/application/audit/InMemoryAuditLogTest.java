package io.apotheca.application.audit;

import io.apotheca.application.audit.port.out.AuditLog;
import io.apotheca.application.memory.InMemoryAuditLog;

/** The in-memory audit trail, held to the same contract as the PostgreSQL trail. */
class InMemoryAuditLogTest extends AuditLogContract {

    private final InMemoryAuditLog log = new InMemoryAuditLog();

    @Override
    protected AuditLog log() {
        return log;
    }
}
