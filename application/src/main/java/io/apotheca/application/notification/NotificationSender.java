package io.apotheca.application.notification;

import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.RecallNoticeSent;
import io.apotheca.application.identity.port.out.AccountTokens.AccountToken;
import io.apotheca.application.notification.port.in.SendNotificationsUseCase;
import io.apotheca.application.notification.port.out.MailMessage;
import io.apotheca.application.notification.port.out.Notification;
import io.apotheca.application.notification.port.out.NotificationKind;
import io.apotheca.application.notification.port.out.RecallNotices.Notice;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Sha256;
import io.apotheca.domain.identity.AccountTokenPurpose;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued e-mails that are due. Each is claimed for a lease, sent outside any transaction,
 * then marked sent; a failure is retried after 5 seconds, doubling up to an hour, and given up after
 * {@value #MAX_ATTEMPTS} attempts. A crash between sending and marking sends the e-mail again when the
 * lease ends: at least once.
 */
final class NotificationSender implements SendNotificationsUseCase {

    static final int MAX_ATTEMPTS = 12;
    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);

    /** Longer than a batch can take with every send running into the mailer's time-outs. */
    static final Duration LEASE = Duration.ofMinutes(15);

    private static final int BATCH = 20;
    private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);

    private final NotificationPorts ports;
    private final MailTemplates templates;

    NotificationSender(NotificationPorts ports) {
        this.ports = ports;
        this.templates = new MailTemplates(ports.publicUrl());
    }

    @Override
    public int sendDue() {
        Instant now = ports.kernel().clock().instant();
        List<Notification> due =
                ports.kernel().transactions().inTransaction(() -> ports.queue().claimDue(now, now.plus(LEASE), BATCH));
        List<Sent> sent = new ArrayList<>();
        try {
            for (Notification notification : due) {
                send(notification).ifPresent(sent::add);
            }
        } finally {
            recordSent(sent); // what left is recorded even when a later one failed unexpectedly
        }
        return sent.size();
    }

    /** A notification that left, and who it went to. */
    private record Sent(Notification notification, User recipient) {}

    /**
     * Records the batch's sent notifications in one statement, and, for each recall notice, the event
     * from which the recall's report learns that the patient was told. A sender that stops before this
     * leaves them to be sent again once their lease ends (at least once).
     */
    private void recordSent(List<Sent> sent) {
        if (sent.isEmpty()) {
            return;
        }
        ports.kernel().transactions().inTransaction(() -> {
            ports.queue()
                    .markSent(
                            sent.stream().map(s -> s.notification().id()).toList(),
                            ports.kernel().clock().instant());
            for (Sent one : sent) {
                Optional<String> recall =
                        Optional.ofNullable(one.notification().data().get("recallId"));
                if (one.notification().kind() == NotificationKind.RECALL_NOTICE && recall.isPresent()) {
                    EventEnvelopes.record(
                            ports.outbox(),
                            ports.kernel(),
                            new RecallNoticeSent(
                                    UUID.fromString(recall.get()),
                                    one.recipient().id()));
                }
            }
            return null;
        });
    }

    /** Sends one notification; what left, or empty when it did not (abandoned, or failed for now). */
    private Optional<Sent> send(Notification notification) {
        Optional<User> recipient = ports.users().byId(notification.recipient());
        if (recipient.isEmpty() || recipient.get().deleted()) {
            ports.queue().abandon(notification.id(), ports.kernel().clock().instant(), "the account was deleted");
            return Optional.empty();
        }
        if (notification.kind() == NotificationKind.EMAIL_VERIFICATION
                && recipient.get().emailVerified()) {
            ports.queue()
                    .abandon(notification.id(), ports.kernel().clock().instant(), "the e-mail is already verified");
            return Optional.empty();
        }
        try {
            MailMessage message = templates.render(
                    notification,
                    recipient.get(),
                    orderOf(notification),
                    tokenFor(notification, recipient.get()),
                    recallOf(notification));
            ports.mailer().send(message);
        } catch (RuntimeException notSent) {
            failed(notification, notSent);
            return Optional.empty();
        }
        LOG.info("sent {} e-mail {} (attempt {})", notification.kind(), notification.id(), notification.attempts());
        return Optional.of(new Sent(notification, recipient.get()));
    }

    private Optional<Notice> recallOf(Notification notification) {
        return Optional.ofNullable(notification.data().get("recallId"))
                .map(UUID::fromString)
                .flatMap(ports.recallNotices()::of);
    }

    private Optional<Order> orderOf(Notification notification) {
        return Optional.ofNullable(notification.data().get("orderId"))
                .map(id -> new OrderId(UUID.fromString(id)))
                .flatMap(ports.orders()::byId)
                .map(Placed::order);
    }

    /** A fresh single-use token for a link, stored as its hash before the mail leaves. */
    private Optional<String> tokenFor(Notification notification, User recipient) {
        if (!MailTemplates.needsToken(notification.kind())) {
            return Optional.empty();
        }
        AccountTokenPurpose purpose = notification.kind() == NotificationKind.PASSWORD_RESET
                ? AccountTokenPurpose.PASSWORD_RESET
                : AccountTokenPurpose.EMAIL_VERIFICATION;
        String token = ports.secretTokens().next();
        Instant now = ports.kernel().clock().instant();
        ports.kernel().transactions().inTransaction(() -> {
            ports.accountTokens()
                    .issue(new AccountToken(
                            ports.kernel().ids().next(),
                            recipient.id(),
                            purpose,
                            Sha256.hex(token),
                            now,
                            now.plus(purpose.lifetime())));
            return null;
        });
        return Optional.of(token);
    }

    private void failed(Notification notification, RuntimeException cause) {
        Instant now = ports.kernel().clock().instant();
        String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        if (notification.attempts() >= MAX_ATTEMPTS) {
            ports.queue().abandon(notification.id(), now, reason);
            LOG.error(
                    "gave up {} e-mail {} after {} attempts: {}",
                    notification.kind(),
                    notification.id(),
                    notification.attempts(),
                    reason);
            return;
        }
        ports.queue().markFailed(notification.id(), now.plus(retryDelay(notification.attempts())), reason);
        LOG.warn(
                "could not send {} e-mail {} (attempt {}), will retry: {}",
                notification.kind(),
                notification.id(),
                notification.attempts(),
                reason);
    }

    /** 5 s after the first attempt, doubling with each, never more than an hour. */
    static Duration retryDelay(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }
}
