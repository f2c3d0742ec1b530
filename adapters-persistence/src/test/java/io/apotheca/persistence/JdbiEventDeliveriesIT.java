package io.apotheca.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.outbound.EventDeliveriesContract;
import io.apotheca.application.outbound.port.out.EventDeliveries;
import io.apotheca.application.outbound.port.out.EventDeliveries.QueuedDelivery;
import io.apotheca.application.shared.port.out.Transactions;
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
 * The delivery queue on a real database, held to the contract the in-memory one keeps; and two
 * deliverers claiming at once never take the same delivery, nor split one record's events.
 */
class JdbiEventDeliveriesIT extends EventDeliveriesContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;
    private static WebhookEndpoint endpoint;
    private static UserId admin;

    @BeforeAll
    static void anAdministratorsEndpoint() {
        admin = new UserId(UUID.randomUUID());
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
        endpoint = endpoint();
    }

    private static WebhookEndpoint endpoint() {
        WebhookEndpoint endpoint = new WebhookEndpoint(
                UUID.randomUUID(),
                URI.create("https://hooks.example.org/apotheca"),
                Set.of("order.placed", "order.paid"),
                true,
                SigningSecrets.of("whsec_s"),
                Optional.empty(),
                admin,
                NOW);
        persistence.webhookEndpoints().add(endpoint);
        return endpoint;
    }

    @Override
    protected EventDeliveries deliveries() {
        return persistence.eventDeliveries();
    }

    @Override
    protected Transactions transactions() {
        return persistence.transactions();
    }

    @Override
    protected UUID anEndpoint() {
        return endpoint().id();
    }

    @Override
    protected void recorded(DomainEvent event) {
        persistence.transactions().inTransaction(() -> {
            persistence.outbox().record(event);
            return null;
        });
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
    void two_deliverers_claiming_at_once_never_take_the_same_delivery_nor_split_a_records_events() throws Exception {
        Map<UUID, String> recordOf = new java.util.HashMap<>();
        for (int i = 0; i < 20; i++) {
            String order = UUID.randomUUID().toString();
            for (String type : List.of("order.placed", "order.paid")) {
                DomainEvent event = event(type, order);
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

    private List<QueuedDelivery> claim(Optional<UUID> to, Instant now, int limit) {
        return persistence
                .transactions()
                .inTransaction(() -> persistence.eventDeliveries().claimDue(to, now, limit, now.plusSeconds(60)));
    }
}
