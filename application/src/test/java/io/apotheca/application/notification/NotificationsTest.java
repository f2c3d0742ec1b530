package io.apotheca.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.memory.InMemoryAccountTokens;
import io.apotheca.application.memory.InMemoryNotificationQueue;
import io.apotheca.application.memory.InMemoryPharmacy;
import io.apotheca.application.notification.port.out.MailMessage;
import io.apotheca.application.notification.port.out.Mailer;
import io.apotheca.application.notification.port.out.NotificationKind;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.SecureRandomTokens;
import io.apotheca.application.shared.Sha256;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.AccountTokenPurpose;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderDetails;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.order.ShippingAddress;
import io.apotheca.domain.shared.Money;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NotificationsTest {

    private static final Pattern LINK_TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_-]{43})");

    private final InMemoryPharmacy pharmacy =
            new InMemoryPharmacy(Duration.ofDays(30), Duration.ofMinutes(30), Duration.ofDays(3));
    private final InMemoryNotificationQueue queue = new InMemoryNotificationQueue(pharmacy.users);
    private final InMemoryAccountTokens tokens = new InMemoryAccountTokens();
    private final FlakyMailer mailer = new FlakyMailer();
    private final NotificationPorts ports = new NotificationPorts(
            queue,
            mailer,
            pharmacy.users,
            pharmacy.orders,
            pharmacy.outbox,
            recall -> java.util.Optional.empty(),
            tokens,
            new SecureRandomTokens(new SecureRandom()),
            pharmacy.kernel,
            URI.create("https://shop.example.org"));
    private final NotificationInbox inbox = NotificationUseCases.inbox(ports);
    private final NotificationSender sender = (NotificationSender) NotificationUseCases.sender(ports);

    private final Caller customer = pharmacy.signedIn(Role.CUSTOMER, true);
    private final UserId customerId = customer.principal().orElseThrow().userId();

    @Test
    void an_event_relayed_twice_queues_and_sends_one_mail() {
        Order order = placedOrder();
        DomainEvent placed = orderEvent("order.placed", order, Map.of());

        inbox.publish(placed);
        inbox.publish(placed);
        inbox.publish(orderEvent("order.delivered", order, Map.of())); // no mail for this one

        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).isZero();
        assertThat(mailer.sent).hasSize(1);
        MailMessage mail = mailer.sent.get(0);
        assertThat(mail.to().value()).isEqualTo(user().email().value());
        assertThat(mail.subject()).startsWith("We received your order");
        assertThat(mail.text()).contains("2 × Ibuprofen 200 mg", "USD 7.98", "upload your prescription");
        assertThat(mail.html()).contains("Ibuprofen 200 mg").doesNotContain("token=");
        assertThat(mail.text()).doesNotContain("token=");
    }

    @Test
    void a_rejected_prescription_mail_gives_the_pharmacists_reason() {
        Order order = placedOrder();
        inbox.publish(new DomainEvent(
                pharmacy.ids.next(),
                "prescription.rejected",
                "prescription",
                UUID.randomUUID().toString(),
                Map.of(
                        "customerId",
                        customerId.toString(),
                        "orderId",
                        order.id().toString(),
                        "reason",
                        "Signature <missing>"),
                pharmacy.clock.instant()));

        sender.sendDue();

        assertThat(mailer.sent).singleElement().satisfies(mail -> {
            assertThat(mail.text()).contains("Reason: Signature <missing>");
            assertThat(mail.html()).contains("Signature &lt;missing&gt;").doesNotContain("<missing>");
        });
    }

    @Test
    void a_verification_link_carries_a_fresh_token_stored_only_as_its_hash() {
        User unverified = pharmacy.users
                .byId(pharmacy.signedIn(Role.CUSTOMER, false)
                        .principal()
                        .orElseThrow()
                        .userId())
                .orElseThrow();
        inbox.publish(accountEvent("account.registered", unverified));

        sender.sendDue();

        MailMessage mail = mailer.sent.get(0);
        Matcher link = LINK_TOKEN.matcher(mail.text());
        assertThat(link.find()).isTrue();
        assertThat(mail.text()).contains("https://shop.example.org/verify-email?token=");
        String token = link.group(1);
        assertThat(tokens.issued()).singleElement().satisfies(issued -> {
            assertThat(issued.tokenHash()).isEqualTo(Sha256.hex(token)).isNotEqualTo(token);
            assertThat(issued.purpose()).isEqualTo(AccountTokenPurpose.EMAIL_VERIFICATION);
            assertThat(Duration.between(issued.issuedAt(), issued.expiresAt())).isEqualTo(Duration.ofHours(24));
        });
        assertThat(queue.entries().get(0).notification().data()).doesNotContainValue(token);
    }

    @Test
    void a_failed_send_is_retried_after_five_seconds_then_ten_and_given_up_after_the_last_attempt() {
        inbox.publish(orderEvent("order.shipped", placedOrder(), Map.of()));
        mailer.failing = true;

        assertThat(sender.sendDue()).isZero();
        assertThat(queue.entries().get(0).lastFailure())
                .hasValueSatisfying(r -> assertThat(r).contains("down"));
        pharmacy.clock.advance(Duration.ofSeconds(4));
        assertThat(sender.sendDue()).isZero();
        assertThat(mailer.attempts).isEqualTo(1);
        pharmacy.clock.advance(Duration.ofSeconds(1));
        sender.sendDue();
        assertThat(mailer.attempts).isEqualTo(2);
        pharmacy.clock.advance(Duration.ofSeconds(9));
        sender.sendDue();
        assertThat(mailer.attempts).isEqualTo(2);
        pharmacy.clock.advance(Duration.ofSeconds(1));
        mailer.failing = false;
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(mailer.sent).hasSize(1);
        assertThat(queue.entries().get(0).sentAt()).isPresent();
    }

    @Test
    void a_mail_that_never_goes_through_is_given_up_after_the_last_attempt() {
        inbox.publish(orderEvent("order.shipped", placedOrder(), Map.of()));
        mailer.failing = true;

        for (int i = 0; i < NotificationSender.MAX_ATTEMPTS + 3; i++) {
            sender.sendDue();
            pharmacy.clock.advance(NotificationSender.LONGEST_RETRY);
        }

        assertThat(mailer.attempts).isEqualTo(NotificationSender.MAX_ATTEMPTS);
        assertThat(queue.entries().get(0).abandoned()).isPresent();
        assertThat(NotificationSender.retryDelay(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(NotificationSender.retryDelay(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(NotificationSender.retryDelay(30)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void nothing_is_sent_to_a_deleted_account() {
        Order order = placedOrder();
        inbox.publish(orderEvent("order.expired", order, Map.of("reason", "expired")));
        pharmacy.users.update(user().anonymised(pharmacy.clock.instant()));

        assertThat(sender.sendDue()).isZero();

        assertThat(mailer.attempts).isZero();
        assertThat(queue.entries().get(0).abandoned()).hasValue("the account was deleted");
    }

    @Test
    void every_kind_of_mail_has_words_and_only_link_mails_carry_a_token() {
        Order order = placedOrder();
        for (Map.Entry<String, NotificationKind> entry : NotificationInbox.KINDS.entrySet()) {
            if (entry.getKey().startsWith("account.")) {
                continue;
            }
            inbox.publish(orderEvent(entry.getKey(), order, Map.of("amount", "798", "reason", "unreadable")));
        }
        inbox.publish(accountEvent("account.password_reset_requested", user()));
        // a cancellation is told only when a recall caused it
        inbox.publish(orderEvent("order.cancelled", order, Map.of("reason", "customer")));
        inbox.publish(orderEvent("order.cancelled", order, Map.of("reason", "stock_recalled")));

        sender.sendDue();

        assertThat(mailer.sent).hasSize(NotificationInbox.KINDS.size() - 2 + 1);
        assertThat(mailer.sent.stream().map(MailMessage::subject).distinct()).hasSize(mailer.sent.size());
        assertThat(mailer.sent)
                .filteredOn(m -> m.text().contains("token="))
                .singleElement()
                .satisfies(m -> assertThat(m.text()).contains("https://shop.example.org/reset-password?token="));
    }

    @Test
    void an_order_covered_by_prescriptions_on_file_is_asked_for_payment_not_for_an_upload() {
        Order placed = placedOrder();
        Order covered = Order.placeCoveredFromFile(placed.details(), pharmacy.clock.instant(), Duration.ofMinutes(30));
        pharmacy.orders.update(covered);

        inbox.publish(orderEvent("order.placed", covered, Map.of()));
        sender.sendDue();

        assertThat(mailer.sent)
                .singleElement()
                .satisfies(mail -> assertThat(mail.text())
                        .contains("complete the payment")
                        .doesNotContain("upload your prescription"));
    }

    private Order placedOrder() {
        Order order = Order.place(
                new OrderDetails(
                        new OrderId(pharmacy.ids.next()),
                        customerId,
                        List.of(new OrderLine(
                                new ProductId(UUID.randomUUID()),
                                "Ibuprofen 200 mg",
                                Quantity.of(2),
                                Money.of(399, "USD"),
                                true,
                                List.of())),
                        pharmacy.clock.instant()),
                pharmacy.clock.instant(),
                Duration.ofMinutes(30),
                Duration.ofDays(3));
        pharmacy.orders.add(order, new ShippingAddress(null, "1 Main St", null, "Springfield", null, "12345", "US"));
        return order;
    }

    private DomainEvent orderEvent(String type, Order order, Map<String, String> more) {
        Map<String, String> data = new java.util.HashMap<>(more);
        data.put("customerId", customerId.toString());
        data.put("orderId", order.id().toString());
        return new DomainEvent(
                pharmacy.ids.next(), type, "order", order.id().toString(), data, pharmacy.clock.instant());
    }

    private DomainEvent accountEvent(String type, User user) {
        return new DomainEvent(
                pharmacy.ids.next(),
                type,
                "account",
                user.id().toString(),
                Map.of("role", user.role().name()),
                pharmacy.clock.instant());
    }

    private User user() {
        return pharmacy.users.byId(customerId).orElseThrow();
    }

    /** Records what it sends; fails every send while {@code failing}. */
    private static final class FlakyMailer implements Mailer {

        final List<MailMessage> sent = new ArrayList<>();
        boolean failing;
        int attempts;

        @Override
        public void send(MailMessage message) {
            attempts++;
            if (failing) {
                throw new MailNotSentException("mail server down", null);
            }
            sent.add(message);
        }
    }
}
