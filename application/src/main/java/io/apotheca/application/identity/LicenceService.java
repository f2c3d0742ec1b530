package io.apotheca.application.identity;

import io.apotheca.application.identity.port.in.ApprovePharmacistUseCase;
import io.apotheca.application.identity.port.in.ListPharmacistsUseCase;
import io.apotheca.application.identity.port.in.Profile;
import io.apotheca.application.identity.port.in.RejectPharmacistUseCase;
import io.apotheca.application.identity.port.in.SuspendPharmacistUseCase;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Cursors;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Page;
import io.apotheca.application.shared.PageRequest;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.identity.LicenceStatus;
import io.apotheca.domain.identity.PharmacistLicence;
import io.apotheca.domain.identity.PharmacistLicence.PendingVerification;
import io.apotheca.domain.identity.PharmacistLicence.Suspended;
import io.apotheca.domain.identity.PharmacistLicence.Verified;
import io.apotheca.domain.identity.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/** Administrators' decisions on pharmacists' licences, each audited in its own transaction. */
final class LicenceService
        implements ListPharmacistsUseCase, ApprovePharmacistUseCase, RejectPharmacistUseCase, SuspendPharmacistUseCase {

    private static final String CURSOR_LIST = "pharmacists";

    private final IdentityPorts ports;

    LicenceService(IdentityPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<Page<Profile>> list(Caller caller, Optional<LicenceStatus> status, PageRequest page) {
        return Access.admin(caller)
                .then(admin -> Cursors.idAfter(CURSOR_LIST, page.cursor()).then(after -> {
                    List<PharmacistLicence> licences = ports.licences().list(status, after, page.limit() + 1);
                    boolean more = licences.size() > page.limit();
                    List<Profile> items = new ArrayList<>();
                    for (PharmacistLicence licence : more ? licences.subList(0, page.limit()) : licences) {
                        ports.users()
                                .byId(licence.pharmacistId())
                                .ifPresent(user -> items.add(new Profile(user, Optional.of(licence))));
                    }
                    Optional<String> next = more && !items.isEmpty()
                            ? Optional.of(Cursors.encode(
                                    CURSOR_LIST,
                                    items.get(items.size() - 1).user().id().toString()))
                            : Optional.empty();
                    return Outcome.done(new Page<>(items, next));
                }));
    }

    @Override
    public Outcome<Profile> approve(Caller caller, UUID pharmacistId) {
        return decide(caller, pharmacistId, "pharmacist.approved", Optional.empty(), (licence, admin) -> {
            Instant now = ports.kernel().clock().instant();
            if (licence instanceof PendingVerification pending) {
                return Optional.of(pending.approve(admin, now));
            }
            if (licence instanceof Suspended suspended) {
                return Optional.of(suspended.reinstate(admin, now));
            }
            return Optional.empty();
        });
    }

    @Override
    public Outcome<Profile> reject(Caller caller, UUID pharmacistId, String reason) {
        return decide(
                caller,
                pharmacistId,
                "pharmacist.rejected",
                Optional.of(reason == null ? "" : reason),
                (licence, admin) -> licence instanceof PendingVerification pending
                        ? Optional.of(pending.reject(
                                admin, reason, ports.kernel().clock().instant()))
                        : Optional.empty());
    }

    @Override
    public Outcome<Profile> suspend(Caller caller, UUID pharmacistId, String reason) {
        return decide(
                caller,
                pharmacistId,
                "pharmacist.suspended",
                Optional.of(reason == null ? "" : reason),
                (licence, admin) -> licence instanceof Verified verified
                        ? Optional.of(verified.suspend(
                                admin, reason, ports.kernel().clock().instant()))
                        : Optional.empty());
    }

    /**
     * The shape of every decision: only an administrator; a reason where one is needed ({@code
     * requiredReason} present); the licence must exist and be in a state the decision applies to; the
     * licence is locked while deciding, and the new state and its audit entry are written together.
     */
    private Outcome<Profile> decide(
            Caller caller,
            UUID pharmacistId,
            String action,
            Optional<String> requiredReason,
            BiFunction<PharmacistLicence, UserId, Optional<PharmacistLicence>> decision) {
        return Access.admin(caller).then(admin -> {
            if (requiredReason.isPresent()) {
                Optional<Refusal> invalid = new Validation()
                        .text("reason", requiredReason.get(), 1000)
                        .refusal();
                if (invalid.isPresent()) {
                    return Outcome.refused(invalid.get());
                }
            }
            String reason = requiredReason.map(String::trim).orElse(null);
            return ports.kernel()
                    .transactions()
                    .inTransaction(() -> decideNow(caller, admin, pharmacistId, action, reason, decision));
        });
    }

    private Outcome<Profile> decideNow(
            Caller caller,
            Principal admin,
            UUID pharmacistId,
            String action,
            String reason,
            BiFunction<PharmacistLicence, UserId, Optional<PharmacistLicence>> decision) {
        UserId pharmacist = new UserId(pharmacistId);
        Optional<PharmacistLicence> licence = ports.licences().lock(pharmacist);
        if (licence.isEmpty()) {
            return Outcome.refused(Refusal.notFound());
        }
        Optional<PharmacistLicence> decided = decision.apply(licence.get(), admin.userId());
        if (decided.isEmpty()) {
            return Outcome.refused(Refusal.of(
                    CommonReason.INVALID_TRANSITION,
                    "A licence that is " + licence.get().status() + " cannot be "
                            + action.substring(action.indexOf('.') + 1) + "."));
        }
        ports.licences().update(decided.get());
        Map<String, String> details = new java.util.TreeMap<>(Map.of(
                "from",
                licence.get().status().name(),
                "to",
                decided.get().status().name()));
        if (reason != null) {
            details.put("reason", reason);
        }
        ports.audit().record(caller, action, "pharmacist", pharmacistId.toString(), details);
        return Outcome.done(new Profile(ports.users().byId(pharmacist).orElseThrow(), decided));
    }
}
