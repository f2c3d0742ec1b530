package io.apotheca.application.audit.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import java.util.Optional;
import java.util.UUID;

/** An administrator recomputes the whole chain and learns the first entry that was altered, if any. */
public interface VerifyAuditChainUseCase {

    Outcome<Report> verify(Caller caller);

    /**
     * @param valid whether every entry holds
     * @param entries how many entries were checked
     * @param firstBrokenId the first entry that does not hold
     */
    record Report(boolean valid, long entries, Optional<UUID> firstBrokenId) {}
}
