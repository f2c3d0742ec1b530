package io.apotheca.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.apotheca.application.identity.port.out.Sessions;
import io.apotheca.application.identity.port.out.Sessions.RefreshToken;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Change;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import io.apotheca.persistence.memory.PostgresChangeBroadcast;
import io.apotheca.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the adapter keeps in memory, on a real database with the {@code LISTEN}/{@code NOTIFY}
 * broadcast: kept while the broadcast is live (a change made behind its back is not seen), forgotten
 * when a change is announced, and not used at all once the broadcast is lost: every read goes to the
 * database until the broadcast is back, and then starts afresh.
 */
class KeptInMemoryIT {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;
    private static final String BROADCAST = "kept-in-memory-it";
    private static PostgresChangeBroadcast broadcast;
    private static final AtomicBoolean refuse = new AtomicBoolean();
    private static final AtomicInteger forgotAll = new AtomicInteger();
    private static final List<Change> heard = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void keepInMemory() {
        TestDatabase db = postgres.database();
        broadcast = new PostgresChangeBroadcast(() -> {
                    if (refuse.get()) {
                        throw new SQLException("the test refuses the connection");
                    }
                    Properties properties = new Properties();
                    properties.setProperty("user", db.username());
                    properties.setProperty("password", db.password());
                    properties.setProperty("ApplicationName", BROADCAST);
                    return DriverManager.getConnection(db.jdbcUrl(), properties);
                })
                .start();
        broadcast.listen(new ChangeBroadcast.Listener() {
            @Override
            public void changed(Change change) {
                heard.add(change);
            }

            @Override
            public void forgetAll() {
                forgotAll.incrementAndGet();
            }
        });
        persistence.keepInMemory(broadcast);
        await().atMost(Duration.ofSeconds(5)).until(broadcast::live);
    }

    @AfterAll
    static void stop() {
        broadcast.close();
    }

    @Test
    void a_session_is_kept_while_the_broadcast_is_live_and_checked_in_the_database_once_it_is_lost() throws Exception {
        Sessions sessions = persistence.sessions();
        User user = anAccount();
        UUID session = openSession(sessions, user);
        assertThat(sessions.liveRole(session, user.id())).contains(Role.CUSTOMER);

        revokeBehindTheCachesBack(session);
        assertThat(sessions.liveRole(session, user.id()))
                .as("kept: nobody announced the change")
                .contains(Role.CUSTOMER);

        refuse.set(true);
        terminateTheBroadcastsConnection();
        await().atMost(Duration.ofSeconds(1)).until(() -> !broadcast.live());
        assertThat(sessions.liveRole(session, user.id()))
                .as("the broadcast is lost: the database answers")
                .isEmpty();
        User other = anAccount();
        UUID another = openSession(sessions, other);
        assertThat(sessions.liveRole(another, other.id())).contains(Role.CUSTOMER);
        revokeBehindTheCachesBack(another);
        assertThat(sessions.liveRole(another, other.id()))
                .as("nothing is kept while the broadcast is lost")
                .isEmpty();

        int forgottenBefore = forgotAll.get();
        refuse.set(false);
        await().atMost(Duration.ofSeconds(3)).until(broadcast::live);
        assertThat(forgotAll.get())
                .as("back after a gap: everything kept is forgotten")
                .isGreaterThan(forgottenBefore);
        assertThat(sessions.liveRole(session, user.id())).isEmpty();
    }

    @Test
    void an_announced_change_is_forgotten_here_and_heard_through_postgres() {
        Sessions sessions = persistence.sessions();
        User user = anAccount();
        UUID session = openSession(sessions, user);
        assertThat(sessions.liveRole(session, user.id())).contains(Role.CUSTOMER);
        await().atMost(Duration.ofSeconds(3)).until(broadcast::live);

        sessions.revoke(session, "logout", Instant.now());

        assertThat(sessions.liveRole(session, user.id())).isEmpty();
        // once from this instance, once more as PostgreSQL brings it back
        await().atMost(Duration.ofSeconds(1))
                .until(() -> heard.stream()
                                .filter(change -> change.key().equals(session.toString()))
                                .count()
                        == 2);
    }

    @Test
    void the_tax_rates_and_a_product_are_kept_and_forgotten_when_changed() {
        await().atMost(Duration.ofSeconds(3)).until(broadcast::live);
        var rates = persistence.taxRates().current();
        assertThat(persistence.taxRates().current()).isSameAs(rates);
        persistence.transactions().inTransaction(() -> {
            persistence.taxRates().replace(rates, Instant.now());
            assertThat(persistence.taxRates().current())
                    .as("inside a transaction, nothing kept is used")
                    .isNotSameAs(rates);
            assertThat(CompletableFuture.supplyAsync(
                                    () -> persistence.taxRates().current())
                            .join())
                    .as("forgotten only once the change commits")
                    .isSameAs(rates);
            return null;
        });
        assertThat(persistence.taxRates().current()).isNotSameAs(rates).isEqualTo(rates);
    }

    private static UUID openSession(Sessions sessions, User user) {
        UUID sessionId = UUID.randomUUID();
        Instant now = Instant.now();
        sessions.open(
                sessionId,
                user.id(),
                "digest",
                now,
                new RefreshToken(
                        UUID.randomUUID(),
                        sessionId,
                        Optional.empty(),
                        user.id(),
                        UUID.randomUUID().toString(),
                        now.plus(Duration.ofDays(1))));
        return sessionId;
    }

    private static User anAccount() {
        UserId id = new UserId(UUID.randomUUID());
        User user = new User(
                id,
                new Email("kept-" + id.value() + "@example.org"),
                "Kept In Memory",
                Role.CUSTOMER,
                true,
                new PasswordHash("$argon2id$stand-in"),
                Instant.now().minus(Duration.ofDays(1)));
        assertThat(persistence.users().add(user)).isTrue();
        return user;
    }

    private static void revokeBehindTheCachesBack(UUID session) throws SQLException {
        try (Connection connection = postgres.connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "UPDATE sessions SET revoked_at = now(), revoke_reason = 'test' WHERE id = '" + session + "'");
        }
    }

    private static void terminateTheBroadcastsConnection() throws SQLException {
        try (Connection connection = postgres.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                    + BROADCAST + "'");
        }
    }
}
