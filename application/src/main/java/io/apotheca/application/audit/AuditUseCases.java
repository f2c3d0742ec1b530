package io.apotheca.application.audit;

import io.apotheca.application.audit.port.in.BrowseAuditLogUseCase;
import io.apotheca.application.audit.port.in.VerifyAuditChainUseCase;
import io.apotheca.application.audit.port.out.AuditLog;

/** Builds the audit use cases; the composition root calls this. */
public final class AuditUseCases {

    private AuditUseCases() {}

    public static BrowseAuditLogUseCase browse(AuditLog log) {
        return new AuditLogService(log);
    }

    public static VerifyAuditChainUseCase verify(AuditLog log) {
        return new AuditLogService(log);
    }
}
