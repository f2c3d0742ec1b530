package io.apotheca.http;

import io.apotheca.application.audit.port.in.BrowseAuditLogUseCase;
import io.apotheca.application.audit.port.in.VerifyAuditChainUseCase;
import io.apotheca.application.health.port.in.CheckReadinessUseCase;
import io.apotheca.application.identity.IdentityUseCases;
import io.apotheca.application.shared.port.out.IdGenerator;
import java.util.Objects;

/**
 * Everything the API calls into the pharmacy's core, handed over by bootstrap.
 *
 * @param checkReadiness whether the instance can serve
 * @param ids new ids, here for request ids
 * @param identity accounts, sessions and licences
 * @param browseAudit the audit trail
 * @param verifyAudit the audit chain's verification
 */
public record ApiUseCases(
        CheckReadinessUseCase checkReadiness,
        IdGenerator ids,
        IdentityUseCases identity,
        BrowseAuditLogUseCase browseAudit,
        VerifyAuditChainUseCase verifyAudit) {

    public ApiUseCases {
        Objects.requireNonNull(checkReadiness, "checkReadiness");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(browseAudit, "browseAudit");
        Objects.requireNonNull(verifyAudit, "verifyAudit");
    }
}
