package io.apotheca.application.outbound;

import static io.apotheca.application.memory.InMemoryIdentity.signedIn;
import static io.apotheca.application.memory.Outcomes.done;
import static io.apotheca.application.memory.Outcomes.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.events.PublishedEvent;
import io.apotheca.application.events.port.out.EventPublisher;
import io.apotheca.application.memory.InMemoryAuditLog;
import io.apotheca.application.memory.InMemoryEventDeliveries;
import io.apotheca.application.memory.InMemoryOutbox;
import io.apotheca.application.memory.InMemoryTransactions;
import io.apotheca.application.memory.InMemoryWebhookEndpoints;
import io.apotheca.application.memory.SettableClock;
import io.apotheca.application.outbound.port.in.ManageWebhookEndpointsUseCase;
import io.apotheca.application.outbound.port.in.ManageWebhookEndpointsUseCase.EndpointChange;
import io.apotheca.application.outbound.port.in.ManageWebhookEndpointsUseCase.EndpointRequest;
import io.apotheca.application.outbound.port.out.DeliveryMetrics;
import io.apotheca.application.outbound.port.out.WebhookTransport;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Kernel;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.UuidV7Generator;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.webhook.WebhookEndpoint;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Events going out, with in-memory stores and a scripted receiver: fanned out only to those who
 * asked, retried on the back-off schedule, given up after three days with the endpoint disabled
 * and its administrator told, skipped once no longer wanted; and the broker's batch counted only
 * when confirmed.
 */
class DeliveryScenarioTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final InMemoryWebhookEndpoints endpoints = new InMemoryWebhookEndpoints();
    private final InMemoryEventDeliveries deliveries = new InMemoryEventDeliveries();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final ScriptedReceiver receiver = new ScriptedReceiver();
    private final AtomicBoolean brokerUp = new AtomicBoolean(true);
    private final List<DomainEvent> confirmed = new ArrayList<>();
    private final EventPublisher broker = new EventPublisher() {
        @Override
        public void publish(DomainEvent event) {
            publishAll(List.of(event));
        }

        @Override
        public void publishAll(List<DomainEvent> events) {
            if (!brokerUp.get()) {
                throw new IllegalStateException("the broker did not confirm");
            }
            confirmed.addAll(events);
        }
    };
    private final Kernel kernel =
            new Kernel(clock, new UuidV7Generator(clock, new SecureRandom()), new InMemoryTransactions());
    private final OutboundPorts ports = new OutboundPorts(
            endpoints,
            deliveries,
            receiver,
            Optional.of(broker),
            outbox,
            () -> "secret-" + UUID.randomUUID(),
            () -> 0.0,
            DeliveryMetrics.NONE,
            new AuditTrail(auditLog, kernel.ids(), clock),
            kernel);
    private final ManageWebhookEndpointsUseCase manage = OutboundUseCases.manageEndpoints(ports);
    private final EventPublisher fanOut = OutboundUseCases.fanOut(ports);
    private final Caller admin =
            signedIn(new Principal(new UserId(UUID.randomUUID()), Role.ADMIN, UUID.randomUUID()), "192.0.2.9");

    @Test
    void an_event_goes_to_the_broker_and_to_the_endpoints_that_asked_for_its_type_only() {
        WebhookEndpoint orders = register("https://erp.example/orders", "order.placed");
        WebhookEndpoint accounts = register("https://crm.example/accounts", "account.registered");

        DomainEvent placed = relayed("order.placed");
        int sent = OutboundUseCases.webhookDelivery(ports).deliverDue();
        int published = OutboundUseCases.brokerDelivery(ports).orElseThrow().deliverDue();

        assertThat(sent).isEqualTo(1);
        assertThat(published).isEqualTo(1);
        assertThat(receiver.posted).containsExactly(orders.url() + " " + placed.id());
        assertThat(confirmed).containsExactly(placed);
        assertThat(deliveries.log(accounts.id(), 10)).isEmpty();
    }

    @Test
    void a_failed_delivery_comes_back_after_the_back_off_and_a_failure_ends_the_endpoints_round() {
        WebhookEndpoint endpoint = register("https://erp.example/orders", "order.placed");
        DomainEvent first = relayed("order.placed");
        DomainEvent second = relayed("order.placed");
        receiver.answers(500, 204, 204);

        OutboundUseCases.webhookDelivery(ports).deliverDue();
        assertThat(receiver.posted).as("the failure ends the round").hasSize(1);
        clock.advance(Duration.ofSeconds(14));
        OutboundUseCases.webhookDelivery(ports).deliverDue();
        assertThat(receiver.posted)
                .as("the second waits for no one, the first for its back-off")
                .hasSize(2);
        clock.advance(Duration.ofSeconds(1)); // the first wait, at the jitter's least: 15 s
        OutboundUseCases.webhookDelivery(ports).deliverDue();

        assertThat(receiver.posted)
                .containsExactly(
                        endpoint.url() + " " + first.id(),
                        endpoint.url() + " " + second.id(),
                        endpoint.url() + " " + first.id());
        assertThat(deliveries.log(endpoint.id(), 10))
                .allSatisfy(d -> assertThat(d.status()).isEqualTo("DELIVERED"));
    }

    @Test
    void a_delivery_failing_for_three_days_is_given_up_and_its_endpoint_disabled_with_its_administrator_told() {
        WebhookEndpoint endpoint = register("https://erp.example/orders", "order.placed");
        relayed("order.placed");
        receiver.alwaysFail();

        int attempts = 0;
        while (endpoints.byId(endpoint.id()).orElseThrow().active() && attempts < 100) {
            OutboundUseCases.webhookDelivery(ports).deliverDue();
            attempts++;
            clock.advance(Duration.ofHours(6));
        }

        assertThat(receiver.posted).hasSizeBetween(10, 25);
        assertThat(deliveries.log(endpoint.id(), 1).get(0).status()).isEqualTo("GIVEN_UP");
        WebhookEndpoint disabled = endpoints.byId(endpoint.id()).orElseThrow();
        assertThat(disabled.disabledReason()).contains(WebhookEndpoint.DELIVERIES_FAILING);
        assertThat(outbox.typesOf(endpoint.id().toString())).containsExactly("webhook_endpoint.disabled");
        assertThat(auditLog.actions()).contains("webhook_endpoint.disabled");
        assertThat(refusal(manage.redeliver(
                        admin,
                        endpoint.id(),
                        deliveries.log(endpoint.id(), 1).get(0).id())))
                .isEqualTo(CommonReason.INVALID_TRANSITION);
    }

    @Test
    void a_delivery_of_a_type_the_endpoint_stopped_asking_for_is_skipped_and_a_receivers_exception_is_a_failure() {
        WebhookEndpoint endpoint = register("https://erp.example/orders", "order.placed", "order.cancelled");
        relayed("order.cancelled");
        done(manage.change(
                admin,
                endpoint.id(),
                new EndpointChange(Optional.empty(), Optional.of(List.of("order.placed")), Optional.empty())));
        relayed("order.placed");
        receiver.throwOnNext();

        OutboundUseCases.webhookDelivery(ports).deliverDue();

        assertThat(deliveries.log(endpoint.id(), 10))
                .extracting(d ->
                        d.eventType() + " " + d.status() + " " + d.lastError().orElse(""))
                .containsExactly(
                        "order.placed PENDING could not be sent: IllegalStateException",
                        "order.cancelled SKIPPED the endpoint no longer asks for this event type");
    }

    @Test
    void a_broker_batch_counts_only_once_confirmed_and_is_tried_again_until_it_is() {
        DomainEvent placed = relayed("order.placed");
        brokerUp.set(false);

        assertThat(OutboundUseCases.brokerDelivery(ports).orElseThrow().deliverDue())
                .isZero();
        clock.advance(Duration.ofSeconds(1));
        brokerUp.set(true);
        assertThat(OutboundUseCases.brokerDelivery(ports).orElseThrow().deliverDue())
                .isEqualTo(1);

        assertThat(confirmed).containsExactly(placed);
        assertThat(deliveries.backlog().broker()).isZero();
    }

    @Test
    void registration_refuses_unknown_types_and_addresses_the_transport_will_not_post_to() {
        receiver.refuse("https://10.0.0.1/hook");

        assertThat(fieldsRefused(manage.register(
                        admin, new EndpointRequest("https://10.0.0.1/hook", List.of("order.placed"), null))))
                .containsExactly("url");
        assertThat(fieldsRefused(manage.register(
                        admin, new EndpointRequest("https://erp.example/h", List.of("order.eaten"), null))))
                .containsExactly("eventTypes");
        assertThat(fieldsRefused(manage.register(
                        admin, new EndpointRequest("ftp://erp.example/h", List.of("order.placed"), null))))
                .containsExactly("url");
        assertThat(endpoints.all()).isEmpty();
    }

    private static List<String> fieldsRefused(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) outcome)
                .refusal().fieldProblems().stream()
                        .map(Refusal.FieldProblem::field)
                        .toList();
    }

    private WebhookEndpoint register(String url, String... types) {
        return done(manage.register(admin, new EndpointRequest(url, List.of(types), null)))
                .endpoint();
    }

    /** An event, as the relay hands it to the fan-out. */
    private DomainEvent relayed(String type) {
        DomainEvent event = new DomainEvent(
                UUID.randomUUID(), type, "order", UUID.randomUUID().toString(), Map.of("status", "X"), clock.instant());
        kernel.transactions().inTransaction(() -> {
            fanOut.publish(event);
            return null;
        });
        return event;
    }

    /** A receiver that answers as the test scripts it, and keeps what was posted to it. */
    private static final class ScriptedReceiver implements WebhookTransport {

        final List<String> posted = new ArrayList<>();
        private final Deque<Integer> answers = new ArrayDeque<>();
        private final List<String> refused = new ArrayList<>();
        private boolean failAlways;
        private boolean throwNext;

        void answers(Integer... statuses) {
            answers.addAll(List.of(statuses));
        }

        void alwaysFail() {
            failAlways = true;
        }

        void throwOnNext() {
            throwNext = true;
        }

        void refuse(String url) {
            refused.add(url);
        }

        @Override
        public Optional<String> refusalOf(URI url) {
            return refused.contains(url.toString()) ? Optional.of("is on a private address") : Optional.empty();
        }

        @Override
        public Attempt post(URI url, PublishedEvent event, List<String> secrets) {
            if (throwNext) {
                throwNext = false;
                throw new IllegalStateException("a bug in the transport");
            }
            posted.add(url + " " + event.id());
            if (failAlways) {
                return Attempt.failed("timed out");
            }
            return Attempt.answered(answers.isEmpty() ? 204 : answers.poll());
        }

        @Override
        public Duration longestAttempt() {
            return Duration.ofSeconds(5);
        }
    }
}
