package io.apotheca.application.audit.port.in;

import io.apotheca.application.audit.port.out.AuditLog;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Page;
import io.apotheca.application.shared.PageRequest;
import io.apotheca.domain.audit.AuditEntry;

/** An administrator reads the audit trail, newest first, filtered by actor, target or action. */
public interface BrowseAuditLogUseCase {

    Outcome<Page<AuditEntry>> browse(Caller caller, AuditLog.Filter filter, PageRequest page);
}
