package io.apotheca.application.events;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An event as the world outside reads it, on the broker and in webhooks alike: the contract that
 * {@code docs/asyncapi.yaml} describes. The outbox keeps every detail as text; here amounts become
 * Money objects ({@code {"amount": 1299, "currency": "EUR"}}, minor units, as the REST API writes
 * them), counts become numbers and lists become arrays; what may touch a patient's health stays
 * inside. A change that would break a consumer is a new {@link #VERSION}.
 *
 * @param id the event's id: consumers deduplicate by it
 * @param type such as {@code order.placed}; the broker's routing key
 * @param version the version of the payload's shape
 * @param occurredAt when it happened
 * @param aggregateType the kind of record it is about, such as {@code order}
 * @param aggregateId that record's id; events about one record are delivered in order
 * @param data ids, codes, amounts and counts, never a patient's health data
 */
public record PublishedEvent(
        UUID id,
        String type,
        int version,
        Instant occurredAt,
        String aggregateType,
        String aggregateId,
        Map<String, Object> data) {

    /** The shape of every payload published today. */
    public static final int VERSION = 1;

    /** Details that are amounts in minor units, in the event's {@code currency}. */
    private static final Set<String> AMOUNTS = Set.of("total", "tax", "shipping", "amount");

    /** Details that are counts. */
    private static final Set<String> COUNTS = Set.of("patients", "unitsDispensed", "units");

    /** Details that are lists of ids, kept comma-separated in the outbox. */
    private static final Set<String> LISTS = Set.of("cancelledOrders");

    private static final String CURRENCY = "currency";

    /**
     * Details kept inside the pharmacy, by event type: a rejection's reason is the pharmacist's
     * words to the patient and may name a medicine, so it is e-mailed and never published; a
     * disabled endpoint's URL is e-mailed to its administrator only.
     */
    private static final Map<String, Set<String>> INTERNAL = Map.of(
            PharmacyEvent.PrescriptionRejected.TYPE, Set.of("reason"),
            // an integrator's URL may carry a token in its query: it goes to the administrator only
            PharmacyEvent.WebhookEndpointDisabled.TYPE, Set.of("url"));

    public PublishedEvent {
        data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** The event as published, from the envelope the outbox keeps. */
    public static PublishedEvent of(DomainEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        String currency = event.data().get(CURRENCY);
        Set<String> internal = INTERNAL.getOrDefault(event.type(), Set.of());
        event.data().forEach((key, value) -> {
            if (internal.contains(key)) {
                return;
            }
            if (AMOUNTS.contains(key) && currency != null) {
                data.put(key, money(Long.parseLong(value), currency));
            } else if (COUNTS.contains(key)) {
                data.put(key, Long.parseLong(value));
            } else if (LISTS.contains(key)) {
                data.put(key, value.isEmpty() ? List.of() : Arrays.asList(value.split(",")));
            } else if (!(key.equals(CURRENCY) && event.data().keySet().stream().anyMatch(AMOUNTS::contains))) {
                data.put(key, value);
            }
        });
        return new PublishedEvent(
                event.id(),
                event.type(),
                VERSION,
                event.occurredAt(),
                event.aggregateType(),
                event.aggregateId(),
                data);
    }

    /**
     * The event as a JSON-ready tree of maps, lists, strings and numbers, in the contract's order:
     * {@code id, type, version, occurredAt, aggregate {type, id}, data}.
     */
    public Map<String, Object> toJsonTree() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", id.toString());
        tree.put("type", type);
        tree.put("version", version);
        tree.put("occurredAt", occurredAt.toString());
        Map<String, Object> aggregate = new LinkedHashMap<>();
        aggregate.put("type", aggregateType);
        aggregate.put("id", aggregateId);
        tree.put("aggregate", aggregate);
        tree.put("data", data);
        return tree;
    }

    private static Map<String, Object> money(long minor, String currency) {
        Map<String, Object> money = new LinkedHashMap<>();
        money.put("amount", minor);
        money.put(CURRENCY, currency);
        return money;
    }
}
