package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.events.PharmacyEvent;
import io.apotheca.application.events.PublishedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * asyncapi.yaml names every event the pharmacy publishes and no other, and the check that holds
 * events to it is able to fail: it is shown events that lie about their amounts, fields, version or
 * record.
 */
class AsyncApiCheckTest {

    /** Promised to consumers whichever class records it: an administrator's endpoint was turned off. */
    private static final String ENDPOINT_DISABLED = "webhook_endpoint.disabled";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-03-02T09:15:30Z");
    private static final UUID EVENT = UUID.fromString("01938a7e-4c2f-7a10-8b3e-5d2f6a7c9e01");
    private static final String ORDER = "01938a7d-9f10-7c44-a1b2-3c4d5e6f7a80";
    private static final String CUSTOMER = "01938a60-2b7e-7d31-9e4f-0a1b2c3d4e5f";

    private static final String ORDER_PLACED = """
        {
          "id": "01938a7e-4c2f-7a10-8b3e-5d2f6a7c9e01",
          "type": "order.placed",
          "version": 1,
          "occurredAt": "2026-03-02T09:15:30Z",
          "aggregate": {"type": "order", "id": "01938a7d-9f10-7c44-a1b2-3c4d5e6f7a80"},
          "data": {
            "total": {"amount": 2398, "currency": "EUR"},
            "tax": {"amount": 199, "currency": "EUR"},
            "shipping": {"amount": 499, "currency": "EUR"},
            "status": "AWAITING_PAYMENT",
            "customerId": "01938a60-2b7e-7d31-9e4f-0a1b2c3d4e5f"
          }
        }
        """;

    private final AsyncApiCheck events = AsyncApiCheck.ofEvents();

    @Test
    void every_event_type_the_pharmacy_records_is_documented_and_nothing_else() {
        Class<?>[] kinds = PharmacyEvent.class.getPermittedSubclasses();
        Set<String> recorded = new TreeSet<>();
        for (Class<?> kind : kinds) {
            recorded.add(typeOf(kind));
        }
        recorded.add(ENDPOINT_DISABLED);

        assertThat(kinds).isNotEmpty();
        assertThat(events.documentedTypes()).containsExactlyInAnyOrderElementsOf(recorded);
    }

    @Test
    void a_placed_order_as_documented_passes() {
        assertThat(events.problemsOf(orderPlaced())).isEmpty();
        events.assertValid(orderPlaced());
    }

    @Test
    void an_amount_written_as_text_fails() {
        ObjectNode event = orderPlaced();
        data(event).put("total", "2398");

        assertThat(events.problemsOf(event))
                .anySatisfy(problem -> assertThat(problem).contains("total"));
    }

    @Test
    void a_data_field_the_document_does_not_list_fails() {
        ObjectNode event = orderPlaced();
        data(event).put("email", "patient@example.com");

        assertThat(events.problemsOf(event))
                .anySatisfy(problem -> assertThat(problem).contains("email"));
    }

    @Test
    void another_version_of_the_payload_fails() {
        ObjectNode event = orderPlaced();
        event.put("version", 2);

        assertThat(events.problemsOf(event))
                .anySatisfy(problem -> assertThat(problem).contains("version"));
    }

    @Test
    void an_event_about_no_record_fails() {
        ObjectNode event = orderPlaced();
        event.remove("aggregate");

        assertThat(events.problemsOf(event))
                .anySatisfy(problem -> assertThat(problem).contains("aggregate"));
        assertThatThrownBy(() -> events.assertValid(event))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("aggregate")
                .hasMessageContaining("order.placed");
    }

    @Test
    void an_event_of_a_type_the_document_does_not_name_fails() {
        ObjectNode event = orderPlaced();
        event.put("type", "order.teleported");

        assertThat(events.problemsOf(event))
                .hasSize(1)
                .anySatisfy(problem -> assertThat(problem).contains("order.teleported"));
    }

    @Test
    void every_example_of_the_document_keeps_to_its_own_message() {
        assertThat(events.examples().keySet()).isEqualTo(events.documentedTypes());
        events.examples().forEach((type, examples) -> {
            assertThat(examples).as(type).isNotEmpty();
            for (JsonNode example : examples) {
                assertThat(example.path("type").asText()).as(type).isEqualTo(type);
                assertThat(events.problemsOf(example)).as(type).isEmpty();
            }
        });
    }

    @Test
    void events_as_the_outbox_keeps_them_are_published_as_documented() {
        DomainEvent placed = new DomainEvent(
                EVENT,
                PharmacyEvent.OrderPlaced.TYPE,
                "order",
                ORDER,
                Map.of(
                        "total", "2398",
                        "tax", "199",
                        "shipping", "499",
                        "currency", "EUR",
                        "status", "AWAITING_PRESCRIPTION",
                        "customerId", CUSTOMER),
                AT);
        DomainEvent recalled = new DomainEvent(
                EVENT,
                PharmacyEvent.BatchRecalled.TYPE,
                "batch",
                "01938a10-3c33-7a74-ae5f-6a7b8c9daebf",
                Map.of(
                        "recallId", "01938a7e-5e55-7c96-806b-8c9daebfc0d1",
                        "productId", "01938a05-4d44-7b85-bf6a-7b8c9daebfc0",
                        "lot", "L2403-17",
                        "recallClass", "I",
                        "patients", "0",
                        "unitsDispensed", "0",
                        "cancelledOrders", ""),
                AT);

        events.assertValid(published(placed));
        events.assertValid(published(recalled));
    }

    private static JsonNode published(DomainEvent event) {
        return JSON.valueToTree(PublishedEvent.of(event).toJsonTree());
    }

    private static ObjectNode orderPlaced() {
        try {
            return (ObjectNode) JSON.readTree(ORDER_PLACED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }

    private static String typeOf(Class<?> kind) {
        try {
            return (String) kind.getField("TYPE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(kind.getSimpleName() + " names no public TYPE", e);
        }
    }
}
