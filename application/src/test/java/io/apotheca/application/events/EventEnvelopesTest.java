package io.apotheca.application.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.events.PharmacyEvent.AccountRegistered;
import io.apotheca.application.events.PharmacyEvent.OrderCancelled;
import io.apotheca.application.events.PharmacyEvent.OrderConfirmed;
import io.apotheca.application.events.PharmacyEvent.OrderPlaced;
import io.apotheca.application.events.PharmacyEvent.PaymentGivenBack;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.CancellationReason;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderDetails;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.payment.Payment;
import io.apotheca.domain.payment.PaymentId;
import io.apotheca.domain.payment.PaymentMethod;
import io.apotheca.domain.shared.Money;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each event becomes the envelope consumers read: its one type name, its record, ids and codes. */
class EventEnvelopesTest {

    private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");
    private static final UUID ID = UUID.fromString("01938a7e-0000-7000-8000-000000000001");

    private final UserId customer = new UserId(UUID.randomUUID());
    private final Order.Open order = Order.place(
            new OrderDetails(
                    new OrderId(UUID.randomUUID()),
                    customer,
                    List.of(new OrderLine(
                            new ProductId(UUID.randomUUID()),
                            "Paracetamol",
                            Quantity.of(2),
                            Money.of(450, "USD"),
                            false,
                            List.of())),
                    AT),
            AT,
            Duration.ofMinutes(30),
            Duration.ofHours(48));

    @Test
    void every_kind_of_event_has_a_type_name_of_its_own() {
        Class<?>[] kinds = PharmacyEvent.class.getPermittedSubclasses();
        List<String> types = Arrays.stream(kinds).map(EventEnvelopesTest::type).toList();

        assertThat(kinds).hasSize(26);
        assertThat(EventTypes.all()).containsExactlyInAnyOrderElementsOf(types);
        assertThat(types).doesNotHaveDuplicates().allMatch(type -> type.matches("[a-z_]+\\.[a-z_]+"));
    }

    @Test
    void published_amounts_are_money_objects_counts_numbers_and_lists_arrays() {
        PublishedEvent placed = PublishedEvent.of(EventEnvelopes.envelope(new OrderPlaced(order), ID, AT));

        assertThat(placed.version()).isEqualTo(PublishedEvent.VERSION);
        assertThat(placed.data())
                .containsEntry("total", Map.of("amount", 900L, "currency", "USD"))
                .containsEntry("shipping", Map.of("amount", 0L, "currency", "USD"))
                .containsEntry("status", "AWAITING_PAYMENT")
                .doesNotContainKey("currency");
        assertThat(placed.toJsonTree()).containsKeys("id", "type", "version", "occurredAt", "aggregate", "data");
        DomainEvent recalled = new DomainEvent(
                ID,
                "batch.recalled",
                "batch",
                "b-1",
                Map.of("patients", "3", "unitsDispensed", "7", "cancelledOrders", "o-1,o-2", "lot", "L-1"),
                AT);
        assertThat(PublishedEvent.of(recalled).data())
                .containsEntry("patients", 3L)
                .containsEntry("unitsDispensed", 7L)
                .containsEntry("cancelledOrders", List.of("o-1", "o-2"))
                .containsEntry("lot", "L-1");
        DomainEvent rejected = new DomainEvent(
                ID,
                "prescription.rejected",
                "prescription",
                "p-1",
                Map.of("reason", "Amoxicillin is not signed for", "status", "REJECTED"),
                AT);
        assertThat(PublishedEvent.of(rejected).data()).containsOnlyKeys("status");
    }

    @Test
    void a_card_authorised_at_checkout_names_its_payment_and_the_amount_held() {
        Payment authorised = Payment.card(new PaymentId(UUID.randomUUID()), order.id(), 1, Money.of(900, "USD"), AT)
                .authorised();

        DomainEvent event = EventEnvelopes.envelope(new PharmacyEvent.OrderCardAuthorised(order, authorised), ID, AT);

        assertThat(event.type()).isEqualTo("order.card_authorised");
        assertThat(event.aggregateId()).isEqualTo(order.id().toString());
        assertThat(event.data())
                .containsEntry("paymentId", authorised.id().toString())
                .containsEntry("amount", "900")
                .containsEntry("currency", "USD");
    }

    @Test
    void an_order_event_names_the_order_its_status_and_customer_and_what_it_alone_knows() {
        DomainEvent placed = EventEnvelopes.envelope(new OrderPlaced(order), ID, AT);

        assertThat(placed.type()).isEqualTo("order.placed");
        assertThat(placed.aggregateType()).isEqualTo("order");
        assertThat(placed.aggregateId()).isEqualTo(order.id().toString());
        assertThat(placed.data())
                .isEqualTo(Map.of(
                        "status", "AWAITING_PAYMENT",
                        "customerId", customer.toString(),
                        "total", "900",
                        "tax", "0",
                        "shipping", "0",
                        "currency", "USD"));
        assertThat(EventEnvelopes.envelope(new OrderCancelled(order.cancel(CancellationReason.CUSTOMER, AT)), ID, AT)
                        .data())
                .containsEntry("status", "CANCELLED")
                .containsEntry("reason", "customer");
    }

    @Test
    void a_payment_event_names_the_payment_and_money_given_back_says_why() {
        Payment cash = Payment.start(
                new PaymentId(UUID.randomUUID()),
                order.id(),
                1,
                PaymentMethod.CASH_ON_DELIVERY,
                Money.of(900, "USD"),
                AT);

        assertThat(EventEnvelopes.envelope(new OrderConfirmed(order, cash), ID, AT)
                        .data())
                .containsEntry("method", PaymentMethod.CASH_ON_DELIVERY.code())
                .containsEntry("paymentId", cash.id().toString());
        assertThat(EventEnvelopes.envelope(
                                new PaymentGivenBack(order, cash, Money.of(500, "USD"), "amount_mismatch"), ID, AT)
                        .data())
                .containsEntry("reason", "amount_mismatch")
                .containsEntry("orderStatus", "AWAITING_PAYMENT")
                .containsEntry("amount", "500")
                .containsEntry("currency", "USD");
    }

    @Test
    void an_account_event_names_the_role_and_nothing_personal() {
        User user = new User(
                new UserId(UUID.randomUUID()),
                new Email("ada@example.org"),
                "Ada Lovelace",
                Role.CUSTOMER,
                true,
                new PasswordHash("$argon2id$stand-in"),
                AT);

        DomainEvent registered = EventEnvelopes.envelope(new AccountRegistered(user), ID, AT);

        assertThat(registered.type()).isEqualTo("account.registered");
        assertThat(registered.aggregateId()).isEqualTo(user.id().toString());
        assertThat(registered.data()).isEqualTo(Map.of("role", "CUSTOMER"));
    }

    private static String type(Class<?> kind) {
        try {
            Field type = kind.getField("TYPE");
            return (String) type.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(kind.getSimpleName() + " has no TYPE", e);
        }
    }
}
