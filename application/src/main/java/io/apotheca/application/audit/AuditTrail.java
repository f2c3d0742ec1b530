package io.apotheca.application.audit;

import io.apotheca.application.audit.port.out.AuditLog;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.port.out.IdGenerator;
import io.apotheca.domain.audit.AuditRecord;
import java.time.Clock;
import java.util.Map;

/** Records a privileged action in the audit trail, on behalf of the caller who did it. */
public final class AuditTrail {

    private final AuditLog log;
    private final IdGenerator ids;
    private final Clock clock;

    public AuditTrail(AuditLog log, IdGenerator ids, Clock clock) {
        this.log = log;
        this.ids = ids;
        this.clock = clock;
    }

    /** Appends an entry; call it inside the transaction of the action it records. */
    public void record(Caller caller, String action, String targetType, String targetId, Map<String, String> details) {
        String actorId = caller.principal().map(p -> p.userId().toString()).orElse(AuditRecord.SYSTEM);
        String actorRole =
                caller.principal().map(Principal::role).map(Enum::name).orElse("SYSTEM");
        log.append(
                ids.next(),
                AuditRecord.of(
                        clock.instant(),
                        actorId,
                        actorRole,
                        action,
                        targetType,
                        targetId,
                        caller.requestId(),
                        details));
    }
}
