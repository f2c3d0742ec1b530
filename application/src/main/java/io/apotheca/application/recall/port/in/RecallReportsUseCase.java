package io.apotheca.application.recall.port.in;

import io.apotheca.application.recall.port.out.Recalls.Kept;
import io.apotheca.application.recall.port.out.Recalls.Summary;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import java.util.List;
import java.util.UUID;

/**
 * The recall reports, for the pharmacy and the regulator: administrators and verified pharmacists
 * only, and every read audited, since they name patients.
 */
public interface RecallReportsUseCase {

    /** Every recall, newest first. */
    Outcome<List<Summary>> list(Caller caller);

    /**
     * One recall with its patients and cancelled orders.
     *
     * @param format how the report is read ({@code json}, {@code csv}), for the audit log
     */
    Outcome<Kept> report(Caller caller, UUID recallId, String format);
}
