package io.apotheca.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.identity.port.out.AccountTokens.AccountToken;
import io.apotheca.application.notification.port.out.Notification;
import io.apotheca.application.notification.port.out.NotificationKind;
import io.apotheca.domain.identity.AccountTokenPurpose;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Accounts, link tokens and the mail queue on a real PostgreSQL, with real concurrency. */
class JdbiAccountLifecycleIT {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final int THREADS = 8;

    private static PostgresPersistence persistence;

    @Test
    void verification_and_deletion_are_stored_and_a_deleted_accounts_email_is_free_again() {
        User user = newUser();
        User verified = user.withEmailVerified(NOW);
        persistence.users().update(verified);
        assertThat(persistence.users().byId(user.id())).contains(verified);

        User deleted = verified.anonymised(NOW.plusSeconds(1));
        persistence.users().update(deleted);

        assertThat(persistence.users().byId(user.id())).contains(deleted);
        assertThat(persistence.users().byEmail(user.email())).isEmpty();
        User again = new User(
                new UserId(UUID.randomUUID()), user.email(), "Again", Role.CUSTOMER, true, user.passwordHash(), NOW);
        assertThat(persistence.users().add(again)).isTrue();
    }

    @Test
    void of_many_concurrent_uses_of_one_token_exactly_one_succeeds() throws Exception {
        User user = newUser();
        String hash = randomHash();
        persistence
                .accountTokens()
                .issue(new AccountToken(
                        UUID.randomUUID(),
                        user.id(),
                        AccountTokenPurpose.PASSWORD_RESET,
                        hash,
                        NOW,
                        NOW.plus(Duration.ofMinutes(30))));
        assertThat(persistence.accountTokens().peek(AccountTokenPurpose.EMAIL_VERIFICATION, hash, NOW))
                .isEmpty();
        assertThat(persistence.accountTokens().peek(AccountTokenPurpose.PASSWORD_RESET, hash, NOW))
                .contains(user.id());

        List<Optional<UserId>> results = concurrently(() -> persistence
                .transactions()
                .inTransaction(() -> persistence.accountTokens().use(AccountTokenPurpose.PASSWORD_RESET, hash, NOW)));

        assertThat(results.stream().filter(Optional::isPresent)).hasSize(1);
        assertThat(persistence.accountTokens().peek(AccountTokenPurpose.PASSWORD_RESET, hash, NOW))
                .isEmpty();
    }

    @Test
    void an_expired_token_is_refused_and_discarded_tokens_are_gone() {
        User user = newUser();
        String expired = randomHash();
        String fresh = randomHash();
        persistence
                .accountTokens()
                .issue(new AccountToken(
                        UUID.randomUUID(),
                        user.id(),
                        AccountTokenPurpose.EMAIL_VERIFICATION,
                        expired,
                        NOW.minus(Duration.ofHours(25)),
                        NOW.minus(Duration.ofHours(1))));
        persistence
                .accountTokens()
                .issue(new AccountToken(
                        UUID.randomUUID(),
                        user.id(),
                        AccountTokenPurpose.EMAIL_VERIFICATION,
                        fresh,
                        NOW,
                        NOW.plus(Duration.ofHours(24))));

        assertThat(persistence.accountTokens().use(AccountTokenPurpose.EMAIL_VERIFICATION, expired, NOW))
                .isEmpty();
        persistence.accountTokens().discard(user.id(), AccountTokenPurpose.EMAIL_VERIFICATION);
        assertThat(persistence.accountTokens().use(AccountTokenPurpose.EMAIL_VERIFICATION, fresh, NOW))
                .isEmpty();
    }

    @Test
    void an_event_queues_one_mail_per_recipient_and_concurrent_senders_never_claim_one_twice() throws Exception {
        User user = newUser();
        List<UUID> queued = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Notification n = new Notification(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    NotificationKind.ORDER_SHIPPED,
                    user.id(),
                    Map.of("orderId", UUID.randomUUID().toString()),
                    NOW,
                    0);
            assertThat(persistence.mailQueue().enqueue(n)).isTrue();
            Notification again =
                    new Notification(UUID.randomUUID(), n.eventId(), n.kind(), n.recipient(), n.data(), NOW, 0);
            assertThat(persistence.mailQueue().enqueue(again)).isFalse();
            queued.add(n.id());
        }

        List<List<Notification>> claims = concurrently(() -> persistence
                .transactions()
                .inTransaction(() -> persistence.mailQueue().claimDue(NOW.plusSeconds(1), NOW.plusSeconds(600), 5)));

        List<UUID> claimed = claims.stream()
                .flatMap(List::stream)
                .map(Notification::id)
                .filter(queued::contains)
                .toList();
        assertThat(claimed).doesNotHaveDuplicates();
        assertThat(claims.stream().flatMap(List::stream).filter(n -> queued.contains(n.id())))
                .allSatisfy(n -> assertThat(n.attempts()).isEqualTo(1));
        // claimed rows are leased: not due again until the lease ends, then due again
        assertThat(persistence.mailQueue().claimDue(NOW.plusSeconds(2), NOW.plusSeconds(600), 100))
                .extracting(Notification::id)
                .doesNotContainAnyElementsOf(claimed);
        UUID first = claimed.get(0);
        persistence.mailQueue().markFailed(first, NOW.plusSeconds(5), "connection refused");
        persistence.mailQueue().markSent(java.util.List.of(claimed.get(1)), NOW.plusSeconds(3));
        assertThat(persistence.mailQueue().claimDue(NOW.plusSeconds(6), NOW.plusSeconds(600), 100))
                .extracting(Notification::id)
                .contains(first)
                .doesNotContain(claimed.get(1));
    }

    @Test
    void a_mail_to_an_unknown_account_is_not_queued_and_does_not_stop_the_relay() {
        Notification n = new Notification(
                UUID.randomUUID(),
                UUID.randomUUID(),
                NotificationKind.ORDER_SHIPPED,
                new UserId(UUID.randomUUID()),
                Map.of(),
                NOW,
                0);

        assertThat(persistence.mailQueue().enqueue(n)).isFalse();
    }

    private static <T> List<T> concurrently(Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static User newUser() {
        UserId id = new UserId(UUID.randomUUID());
        User user = new User(
                id,
                new Email("lifecycle-" + id.value() + "@example.org"),
                "Lifecycle Customer",
                Role.CUSTOMER,
                true,
                new PasswordHash("$argon2id$stand-in"),
                NOW);
        assertThat(persistence.users().add(user)).isTrue();
        return user;
    }

    private static String randomHash() {
        return HexFormat.of()
                .formatHex(UUID.randomUUID().toString().repeat(2).getBytes())
                .substring(0, 64);
    }
}
