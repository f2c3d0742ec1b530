package io.apotheca.http.audit;

import io.apotheca.application.audit.port.in.BrowseAuditLogUseCase;
import io.apotheca.application.audit.port.in.VerifyAuditChainUseCase;
import io.apotheca.application.audit.port.out.AuditLog;
import io.apotheca.domain.audit.AuditEntry;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.PageView;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The audit trail, newest first, and the verification of its hash chain. */
public final class AuditLogResource implements Resource {

    record EntryView(
            String id,
            long sequence,
            Instant time,
            String actor,
            String actorRole,
            String action,
            String targetType,
            String target,
            String requestId,
            Map<String, String> details,
            String previousHash,
            String hash) {

        static EntryView of(AuditEntry e) {
            return new EntryView(
                    e.id().toString(),
                    e.sequence(),
                    e.record().occurredAt(),
                    e.record().actorId(),
                    e.record().actorRole(),
                    e.record().action(),
                    e.record().targetType(),
                    e.record().targetId(),
                    e.record().requestId(),
                    e.record().details(),
                    e.previousHash(),
                    e.hash());
        }
    }

    record VerificationView(boolean valid, long entries, String firstBrokenId) {}

    private final BrowseAuditLogUseCase browse;
    private final VerifyAuditChainUseCase verify;
    private final Callers callers;

    public AuditLogResource(BrowseAuditLogUseCase browse, VerifyAuditChainUseCase verify, Callers callers) {
        this.browse = browse;
        this.verify = verify;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/admin/audit-log", this::list, ApiRole.ADMIN);
        routes.get("/api/v1/admin/audit-log/verify", this::verify, ApiRole.ADMIN);
    }

    private void list(Context ctx) {
        AuditLog.Filter filter = new AuditLog.Filter(param(ctx, "actor"), param(ctx, "target"), param(ctx, "action"));
        Responses.respond(
                ctx,
                browse.browse(callers.of(ctx), filter, Requests.page(ctx)),
                200,
                page -> PageView.of(page, EntryView::of));
    }

    private void verify(Context ctx) {
        Responses.respond(
                ctx,
                verify.verify(callers.of(ctx)),
                200,
                report -> new VerificationView(
                        report.valid(),
                        report.entries(),
                        report.firstBrokenId().map(Object::toString).orElse(null)));
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(v -> !v.isBlank());
    }
}
