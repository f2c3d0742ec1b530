package io.apotheca.application.audit;

import io.apotheca.application.audit.port.in.BrowseAuditLogUseCase;
import io.apotheca.application.audit.port.in.VerifyAuditChainUseCase;
import io.apotheca.application.audit.port.out.AuditLog;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Cursors;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Page;
import io.apotheca.application.shared.PageRequest;
import io.apotheca.application.shared.Refusal;
import io.apotheca.domain.audit.AuditEntry;
import io.apotheca.domain.audit.ChainVerifier;
import java.util.List;
import java.util.Optional;

/** Browsing and verifying the audit trail; administrators only. */
final class AuditLogService implements BrowseAuditLogUseCase, VerifyAuditChainUseCase {

    private static final String CURSOR_LIST = "audit";

    private final AuditLog log;

    AuditLogService(AuditLog log) {
        this.log = log;
    }

    @Override
    public Outcome<Page<AuditEntry>> browse(Caller caller, AuditLog.Filter filter, PageRequest page) {
        return Access.admin(caller).then(admin -> {
            Optional<Long> before = Optional.empty();
            if (page.cursor().isPresent()) {
                Optional<String> position = page.cursor()
                        .flatMap(c -> Cursors.decode(CURSOR_LIST, c))
                        .filter(p -> p.matches("\\d{1,18}"));
                if (position.isEmpty()) {
                    return Outcome.refused(Refusal.of(CommonReason.INVALID_CURSOR, "The cursor is not valid."));
                }
                before = position.map(Long::parseLong);
            }
            List<AuditEntry> entries = log.page(filter, before, page.limit() + 1);
            boolean more = entries.size() > page.limit();
            List<AuditEntry> items = more ? entries.subList(0, page.limit()) : entries;
            Optional<String> next = more
                    ? Optional.of(Cursors.encode(
                            CURSOR_LIST,
                            Long.toString(items.get(items.size() - 1).sequence())))
                    : Optional.empty();
            return Outcome.done(new Page<>(items, next));
        });
    }

    @Override
    public Outcome<Report> verify(Caller caller) {
        return Access.admin(caller).then(admin -> {
            ChainVerifier verifier = new ChainVerifier();
            log.forEachInOrder(verifier::accept);
            return Outcome.done(
                    new Report(verifier.firstBroken().isEmpty(), verifier.entries(), verifier.firstBroken()));
        });
    }
}
