package io.apotheca.domain.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One privileged action, as it is recorded. Details hold ids and reasons, never personal data (no
 * e-mail, name or address), so erasing a person never touches the chain.
 *
 * @param occurredAt when, to the microsecond (the precision the chain is stored with)
 * @param actorId the account that acted, or {@code system} for the pharmacy itself
 * @param actorRole its role then, or {@code SYSTEM}
 * @param action what was done, such as {@code pharmacist.approved}
 * @param targetType the kind of record acted on, such as {@code pharmacist}
 * @param targetId its id
 * @param requestId the request that did it, when there was one
 * @param details further ids and reasons, sorted by key
 */
public record AuditRecord(
        Instant occurredAt,
        String actorId,
        String actorRole,
        String action,
        String targetType,
        String targetId,
        String requestId,
        SortedMap<String, String> details) {

    /** The actor id and role of the pharmacy itself (start-up, scheduled jobs). */
    public static final String SYSTEM = "system";

    public AuditRecord {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(actorRole, "actorRole");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        details = Collections.unmodifiableSortedMap(new TreeMap<>(details));
    }

    /** A record with details given as an ordinary map. */
    public static AuditRecord of(
            Instant occurredAt,
            String actorId,
            String actorRole,
            String action,
            String targetType,
            String targetId,
            String requestId,
            Map<String, String> details) {
        return new AuditRecord(
                occurredAt, actorId, actorRole, action, targetType, targetId, requestId, new TreeMap<>(details));
    }
}
