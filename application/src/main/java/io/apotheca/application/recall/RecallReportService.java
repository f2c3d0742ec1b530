package io.apotheca.application.recall;

import io.apotheca.application.recall.port.in.RecallReportsUseCase;
import io.apotheca.application.recall.port.out.Recalls.Kept;
import io.apotheca.application.recall.port.out.Recalls.Summary;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.domain.identity.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The recall reports for staff; every read is audited, since a report names patients. */
final class RecallReportService implements RecallReportsUseCase {

    private final RecallPorts ports;

    RecallReportService(RecallPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<List<Summary>> list(Caller caller) {
        return staff(caller)
                .then(principal -> ports.inventory().kernel().transactions().inTransaction(() -> {
                    List<Summary> recalls = ports.recalls().summaries();
                    ports.inventory()
                            .audit()
                            .record(
                                    caller,
                                    "recall.list_viewed",
                                    "recall",
                                    "*",
                                    Map.of("recalls", Integer.toString(recalls.size())));
                    return Outcome.done(recalls);
                }));
    }

    @Override
    public Outcome<Kept> report(Caller caller, UUID recallId, String format) {
        return staff(caller)
                .then(principal -> ports.inventory().kernel().transactions().inTransaction(() -> {
                    Optional<Kept> kept = ports.recalls().byId(recallId);
                    if (kept.isEmpty()) {
                        return Outcome.refused(Refusal.notFound());
                    }
                    ports.inventory()
                            .audit()
                            .record(
                                    caller,
                                    "recall.report_viewed",
                                    "recall",
                                    recallId.toString(),
                                    Map.of(
                                            "format",
                                            format,
                                            "patients",
                                            Integer.toString(
                                                    kept.get().patients().size())));
                    return Outcome.done(kept.get());
                }));
    }

    /** Administrators and verified pharmacists. */
    private Outcome<Principal> staff(Caller caller) {
        return Access.signedIn(caller)
                .then(principal -> principal.role() == Role.ADMIN
                                || ports.inventory().pharmacists().actsAsPharmacist(principal)
                        ? Outcome.done(principal)
                        : Outcome.refused(Refusal.forbidden()));
    }
}
