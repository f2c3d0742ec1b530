package io.apotheca.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.outbound.port.out.EventDeliveries;
import io.apotheca.application.outbound.port.out.EventDeliveries.QueuedDelivery;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.webhook.SigningSecrets;
import io.apotheca.domain.webhook.WebhookEndpoint;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The delivery queue on a real database: each destination gets each event once; one record's
 * events go out in order, the later waiting while the earlier waits for its retry; and two
 * deliverers at once never take the same delivery.
 */
class JdbiEventDeliveriesIT {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static PostgresPersistence persistence;
    private static WebhookEndpoint endpoint;

    @BeforeAll
    static void anEndpoint() {
        UserId admin = new UserId(UUID.randomUUID());
        persistence
                .users()
                .add(new User(
                        admin,
                        new Email("admin-" + admin.value() + "@example.org"),
                        "Ada Admin",
                        Role.ADMIN,
                        true,
                        new PasswordHash("$argon2id$stand-in"),
                        NOW));
        endpoint = new WebhookEndpoint(
                UUID.randomUUID(),
                URI.create("https://hooks.example.org/apotheca"),
                Set.of("order.placed", "order.paid"),
                true,
                SigningSecrets.of("whsec_s"),
                Optional.empty(),
                admin,
                NOW);
        persistence.webhookEndpoints().add(endpoint);
    }

    @Test
    void an_endpoint_is_found_by_the_types_it_asked_for_and_reads_back_whole() {
        assertThat(persistence.webhookEndpoints().activeFor("order.paid"))
                .extracting(WebhookEndpoint::id)
                .contains(endpoint.id());
        assertThat(persistence.webhookEndpoints().activeFor("order.shipped"))
                .extracting(WebhookEndpoint::id)
                .doesNotContain(endpoint.id());
        assertThat(persistence.webhookEndpoints().byId(endpoint.id())).contains(endpoint);
    }

    @Test
    void each_destination_is_queued_an_event_once() throws Exception {
        DomainEvent event = recorded("order.placed", UUID.randomUUID().toString());
        EventDeliveries deliveries = persistence.eventDeliveries();

        persistence.transactions().inTransaction(() -> {
            deliveries.queue(event, Optional.empty(), NOW);
            deliveries.queue(event, Optional.empty(), NOW);
            deliveries.queue(event, Optional.of(endpoint.id()), NOW);
            deliveries.queue(event, Optional.of(endpoint.id()), NOW);
            return null;
        });

        assertThat(count("SELECT count(*) FROM event_deliveries WHERE event_id = '" + event.id() + "'"))
                .isEqualTo(2);
    }

    @Test
    void a_records_later_event_waits_while_the_earlier_one_waits_for_its_retry() {
        String order = UUID.randomUUID().toString();
        DomainEvent placed = recorded("order.placed", order);
        DomainEvent paid = recorded("order.paid", order);
        DomainEvent other = recorded("order.placed", UUID.randomUUID().toString());
        EventDeliveries deliveries = persistence.eventDeliveries();
        Optional<UUID> to = Optional.of(endpoint.id());
        persistence.transactions().inTransaction(() -> {
            deliveries.queue(placed, to, NOW);
            deliveries.queue(paid, to, NOW);
            deliveries.queue(other, to, NOW);
            return null;
        });

        List<QueuedDelivery> due = claim(to, NOW);
        assertThat(ids(due)).contains(placed.id(), paid.id(), other.id());
        assertThat(ids(due).indexOf(placed.id())).isLessThan(ids(due).indexOf(paid.id()));
        assertThat(claim(to, NOW)).as("claimed deliveries are no one else's").isEmpty();

        long first = due.stream()
                .filter(d -> d.event().id().equals(placed.id()))
                .findFirst()
                .orElseThrow()
                .id();
        persistence.transactions().inTransaction(() -> {
            deliveries.failed(first, NOW, OptionalInt.of(500), "answered 500", NOW.plusSeconds(30));
            deliveries.release(
                    due.stream()
                            .map(QueuedDelivery::id)
                            .filter(id -> id != first)
                            .toList(),
                    NOW);
            return null;
        });
        assertThat(ids(claim(to, NOW.plusSeconds(1)))).contains(other.id()).doesNotContain(placed.id(), paid.id());
        assertThat(ids(claim(to, NOW.plusSeconds(31)))).containsSubsequence(placed.id(), paid.id());
        assertThat(deliveries.byId(endpoint.id(), first)).hasValueSatisfying(record -> {
            assertThat(record.attempts()).isEqualTo(1);
            assertThat(record.lastResponseStatus()).hasValue(500);
            assertThat(record.status()).isEqualTo("PENDING");
        });
    }

    @Test
    void two_deliverers_claiming_at_once_never_take_the_same_delivery_nor_split_a_records_events() throws Exception {
        Map<UUID, String> recordOf = new java.util.HashMap<>();
        for (int i = 0; i < 20; i++) {
            String order = UUID.randomUUID().toString();
            for (String type : List.of("order.placed", "order.paid")) {
                DomainEvent event = recorded(type, order);
                recordOf.put(event.id(), order);
                persistence.transactions().inTransaction(() -> {
                    persistence.eventDeliveries().queue(event, Optional.empty(), NOW);
                    return null;
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<QueuedDelivery>>> taken = pool.invokeAll(
                    List.of(() -> claim(Optional.empty(), NOW, 25), () -> claim(Optional.empty(), NOW, 25)),
                    30,
                    java.util.concurrent.TimeUnit.SECONDS);
            List<UUID> first = ids(taken.get(0).get());
            List<UUID> second = ids(taken.get(1).get());

            assertThat(first).doesNotContainAnyElementsOf(second);
            Set<String> firstRecords = first.stream().map(recordOf::get).collect(Collectors.toSet());
            assertThat(second.stream().map(recordOf::get)).doesNotContainAnyElementsOf(firstRecords);
            assertThat(first.size() + second.size()).isGreaterThanOrEqualTo(38);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<QueuedDelivery> claim(Optional<UUID> to, Instant now) {
        return claim(to, now, 10);
    }

    private static List<QueuedDelivery> claim(Optional<UUID> to, Instant now, int limit) {
        return persistence
                .transactions()
                .inTransaction(() -> persistence.eventDeliveries().claimDue(to, now, limit, now.plusSeconds(60)));
    }

    private static List<UUID> ids(List<QueuedDelivery> deliveries) {
        return deliveries.stream().map(d -> d.event().id()).toList();
    }

    private static DomainEvent recorded(String type, String order) {
        DomainEvent event = new DomainEvent(UUID.randomUUID(), type, "order", order, Map.of("status", "X"), NOW);
        persistence.transactions().inTransaction(() -> {
            persistence.outbox().record(event);
            return null;
        });
        return event;
    }

    private static long count(String sql) throws Exception {
        try (java.sql.Connection connection = postgres.connect();
                java.sql.ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
