package io.apotheca.domain.webhook;

import io.apotheca.domain.identity.UserId;
import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Where an outside system hears of the pharmacy's events: a URL, the event types it asked for, and
 * the secrets its deliveries are signed with. An inactive endpoint is sent nothing; one whose
 * deliveries kept failing for days is disabled, with the reason, until an administrator turns it
 * on again.
 *
 * @param id the endpoint's id
 * @param url where deliveries are posted
 * @param eventTypes the event types it is sent, and no others
 * @param active whether it is sent anything
 * @param secrets what its deliveries are signed with
 * @param disabledReason why the pharmacy turned it off, if it did
 * @param createdBy the administrator who registered it, told when it is disabled
 * @param createdAt when
 */
public record WebhookEndpoint(
        UUID id,
        URI url,
        Set<String> eventTypes,
        boolean active,
        SigningSecrets secrets,
        Optional<String> disabledReason,
        UserId createdBy,
        Instant createdAt) {

    /** Why an endpoint is disabled when its deliveries were given up. */
    public static final String DELIVERIES_FAILING = "deliveries_failing";

    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        eventTypes = Collections.unmodifiableSet(new TreeSet<>(eventTypes));
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(disabledReason, "disabledReason");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        if (eventTypes.isEmpty()) {
            throw new IllegalArgumentException("an endpoint asks for at least one event type");
        }
    }

    /** Whether an event of this type is to be delivered here. */
    public boolean wants(String eventType) {
        return active && eventTypes.contains(eventType);
    }

    /** The endpoint as an administrator changed it; turning it on clears why it was off. */
    public WebhookEndpoint change(URI newUrl, Set<String> newTypes, boolean nowActive) {
        return new WebhookEndpoint(
                id,
                newUrl,
                newTypes,
                nowActive,
                secrets,
                nowActive ? Optional.empty() : disabledReason,
                createdBy,
                createdAt);
    }

    /** Turned off by the pharmacy itself, saying why. */
    public WebhookEndpoint disable(String reason) {
        return new WebhookEndpoint(id, url, eventTypes, false, secrets, Optional.of(reason), createdBy, createdAt);
    }

    /** Signed from now on with other secrets. */
    public WebhookEndpoint withSecrets(SigningSecrets rolled) {
        return new WebhookEndpoint(id, url, eventTypes, active, rolled, disabledReason, createdBy, createdAt);
    }
}
