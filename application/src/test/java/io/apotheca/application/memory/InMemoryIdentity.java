package io.apotheca.application.memory;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.identity.IdentityPorts;
import io.apotheca.application.notification.NotificationInbox;
import io.apotheca.application.notification.NotificationPorts;
import io.apotheca.application.notification.NotificationUseCases;
import io.apotheca.application.notification.port.in.SendNotificationsUseCase;
import io.apotheca.application.notification.port.out.MailMessage;
import io.apotheca.application.order.OrderPersonalRecords;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Kernel;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.RateLimit;
import io.apotheca.application.shared.SecureRandomTokens;
import io.apotheca.application.shared.UuidV7Generator;
import io.apotheca.application.shared.port.out.IdGenerator;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The account and session use cases' ports, all in memory, wired as {@code bootstrap} wires the real
 * ones, with the mail they cause delivered to an in-memory mailbox. The transactions guard the
 * accounts, so a refused command run all or nothing keeps no account it added.
 */
public final class InMemoryIdentity {

    /** Sign-in attempts per client address. */
    public static final RateLimit LOGIN_LIMIT = new RateLimit(5, Duration.ofMinutes(1));

    /** Failed sign-ins per account, from every address together. */
    public static final RateLimit ACCOUNT_LOGIN_LIMIT = new RateLimit(20, Duration.ofHours(1));

    /** Registrations per client address. */
    public static final RateLimit REGISTER_LIMIT = new RateLimit(10, Duration.ofHours(1));

    private static final Pattern LINK_TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_-]{43})");

    public final SettableClock clock = new SettableClock(Instant.parse("2026-11-21T10:00:00Z"));
    public final IdGenerator ids = new UuidV7Generator(clock, new SecureRandom());
    public final InMemoryUsers users = new InMemoryUsers();
    public final InMemoryPharmacistLicences licences = new InMemoryPharmacistLicences();
    public final InMemorySessions sessions = new InMemorySessions(users);
    public final InMemoryAccountTokens accountTokens = new InMemoryAccountTokens();
    public final InMemoryOrders orders = new InMemoryOrders();
    public final InMemoryCartStore carts = new InMemoryCartStore();
    public final InMemoryOutbox outbox = new InMemoryOutbox();
    public final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    public final InMemoryApiClients apiClients = new InMemoryApiClients();
    public final StandInAccessTokens accessTokens = new StandInAccessTokens(clock);
    public final InMemoryRateLimiter rateLimiter = new InMemoryRateLimiter(clock);
    public final InMemoryMailbox mailbox = new InMemoryMailbox();
    public final Kernel kernel = new Kernel(clock, ids, new InMemoryTransactions(users));
    public final IdentityPorts ports;

    private final NotificationInbox inbox;
    private final SendNotificationsUseCase sender;

    public InMemoryIdentity() {
        SecureRandomTokens secretTokens = new SecureRandomTokens(new SecureRandom());
        ports = new IdentityPorts(
                users,
                licences,
                sessions,
                accountTokens,
                new OrderPersonalRecords(orders, carts),
                outbox,
                new StandInPasswordHasher(),
                new ListedCommonPasswords(),
                accessTokens,
                secretTokens,
                rateLimiter,
                new AuditTrail(auditLog, ids, clock),
                apiClients,
                kernel,
                LOGIN_LIMIT,
                ACCOUNT_LOGIN_LIMIT,
                REGISTER_LIMIT);
        NotificationPorts mail = new NotificationPorts(
                new InMemoryNotificationQueue(users),
                mailbox,
                users,
                orders,
                outbox,
                recall -> java.util.Optional.empty(),
                accountTokens,
                secretTokens,
                kernel,
                URI.create("https://shop.example.org"));
        inbox = NotificationUseCases.inbox(mail);
        sender = NotificationUseCases.sender(mail);
    }

    /** Someone not signed in, at this address. */
    public static Caller anonymous(String clientAddress) {
        return new Caller(Optional.empty(), "test", clientAddress);
    }

    /** Someone signed in as the principal, at this address. */
    public static Caller signedIn(Principal principal, String clientAddress) {
        return new Caller(Optional.of(principal), "test", clientAddress);
    }

    /** Relays the events recorded so far and sends the e-mails they cause, as the scheduled jobs do. */
    public int deliverMail() {
        for (DomainEvent event : outbox.lockUnpublished(1000)) {
            inbox.publish(event);
            outbox.markPublished(List.of(event.id()), clock.instant());
        }
        return sender.sendDue();
    }

    /** The link token in the latest e-mail to this address, as the patient would follow it. */
    public String linkTokenMailedTo(String email) {
        List<MailMessage> toThem = mailbox.sent().stream()
                .filter(mail -> mail.to().value().equalsIgnoreCase(email))
                .toList();
        if (toThem.isEmpty()) {
            throw new AssertionError("no e-mail was sent to " + email);
        }
        Matcher link = LINK_TOKEN.matcher(toThem.get(toThem.size() - 1).text());
        if (!link.find()) {
            throw new AssertionError("the latest e-mail to " + email + " carries no link");
        }
        return link.group(1);
    }
}
