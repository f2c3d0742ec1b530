package io.apotheca.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.shared.port.out.DependencyUnavailableException;
import io.apotheca.domain.identity.UserId;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPersistenceIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @Test
    void opening_migrates_an_empty_database_and_reopening_applies_nothing_again() throws SQLException {
        TestDatabase db = postgres.database();

        try (PostgresPersistence first = PostgresPersistence.open(settings(db))) {
            assertThat(first.readinessProbe().answers()).isTrue();
        }
        int appliedAfterFirstOpen = countAppliedMigrations(db);
        try (PostgresPersistence second = PostgresPersistence.open(settings(db))) {
            assertThat(second.readinessProbe().answers()).isTrue();
        }

        assertThat(appliedAfterFirstOpen).isPositive();
        assertThat(countAppliedMigrations(db)).isEqualTo(appliedAfterFirstOpen);
    }

    @Test
    void the_probe_reports_a_closed_pool_as_down_without_throwing() {
        PostgresPersistence persistence = PostgresPersistence.open(settings(postgres.database()));
        persistence.close();

        assertThat(persistence.readinessProbe().answers()).isFalse();
    }

    @Test
    void opening_an_unreachable_database_fails_fast() {
        PostgresSettings unreachable = new PostgresSettings(
                "jdbc:postgresql://127.0.0.1:1/nowhere", "postgres", "", 2, Duration.ofMillis(500));

        assertThatThrownBy(() -> PostgresPersistence.open(unreachable)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void a_command_that_finds_no_free_connection_in_time_is_told_the_database_is_unavailable() throws Exception {
        TestDatabase db = postgres.database();
        PostgresSettings twoConnections = // Flyway needs two while it migrates
                new PostgresSettings(db.jdbcUrl(), db.username(), db.password(), 2, Duration.ofMillis(300));
        try (PostgresPersistence persistence = PostgresPersistence.open(twoConnections)) {
            CountDownLatch holding = new CountDownLatch(2);
            CountDownLatch done = new CountDownLatch(1);
            List<Thread> holders = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Thread holder = new Thread(() -> persistence.transactions().inTransaction(() -> {
                    persistence.users().byId(new UserId(UUID.randomUUID()));
                    holding.countDown();
                    await(done);
                    return null;
                }));
                holder.start();
                holders.add(holder);
            }
            try {
                await(holding);
                assertThatThrownBy(() -> persistence.users().byId(new UserId(UUID.randomUUID())))
                        .isInstanceOf(DependencyUnavailableException.class)
                        .extracting(e -> ((DependencyUnavailableException) e).dependency())
                        .isEqualTo("postgresql");
                assertThatThrownBy(() -> persistence.transactions().inTransaction(() -> null))
                        .isInstanceOf(DependencyUnavailableException.class);
            } finally {
                done.countDown();
                for (Thread holder : holders) {
                    holder.join();
                }
            }
            assertThat(persistence.users().byId(new UserId(UUID.randomUUID()))).isEmpty();
        }
    }

    @Test
    void a_connection_the_server_ends_mid_command_is_told_as_unavailable_and_a_wrong_statement_is_not() {
        try (PostgresPersistence persistence = PostgresPersistence.open(settings(postgres.database()))) {
            assertThatThrownBy(() -> persistence.transactions().inTransaction(() -> {
                        persistence.users().byId(new UserId(UUID.randomUUID()));
                        terminateOtherBackends(postgres.database());
                        return persistence.users().byId(new UserId(UUID.randomUUID()));
                    }))
                    .isInstanceOf(DependencyUnavailableException.class);

            assertThat(ConnectionFailures.unreachable(new SQLException("syntax error", "42601")))
                    .isFalse();
            assertThat(ConnectionFailures.unreachable(new RuntimeException(new SQLException("gone", "08006"))))
                    .isTrue();
            assertThat(ConnectionFailures.unreachable(new SQLException("shutting down", "57P01")))
                    .isTrue();
        }
    }

    @Test
    void a_transaction_the_server_gives_up_over_a_deadlock_is_told_as_unavailable_and_writes_nothing()
            throws Exception {
        TestDatabase db = postgres.database();
        JdbiContext context = new JdbiContext(Jdbi.create(db.jdbcUrl(), db.username(), db.password()));
        context.with(h -> h.execute("CREATE TABLE deadlocked (writer int)"));
        CyclicBarrier bothHoldTheirFirst = new CyclicBarrier(2);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> outcomes = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                int first = writer;
                int second = 1 - writer;
                outcomes.add(writers.submit(() -> context.inTransaction(() -> context.with(h -> {
                    h.execute("INSERT INTO deadlocked VALUES (?)", first);
                    h.execute("SELECT pg_advisory_xact_lock(?)", first);
                    await(bothHoldTheirFirst);
                    h.execute("SELECT pg_advisory_xact_lock(?)", second); // the other holds it: a deadlock
                    return null;
                }))));
            }
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> outcome : outcomes) {
                try {
                    outcome.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertThat(failures).singleElement().isInstanceOf(DependencyUnavailableException.class);
            int rows = context.with(h -> h.createQuery("SELECT count(*) FROM deadlocked")
                    .mapTo(Integer.class)
                    .one());
            assertThat(rows).as("the transaction given up wrote nothing").isEqualTo(1);
        } finally {
            writers.shutdown();
        }
        assertThat(ConnectionFailures.conflicted(new SQLException("could not serialize", "40001")))
                .isTrue();
        assertThat(ConnectionFailures.conflicted(new SQLException("unique violation", "23505")))
                .isFalse();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends every other session on the database, as an administrator's {@code pg_terminate_backend} or a restart would. */
    private static void terminateOtherBackends(TestDatabase db) {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            while (rows.next()) {
                // each row is one ended session
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static PostgresSettings settings(TestDatabase db) {
        return PostgresSettings.of(db.jdbcUrl(), db.username(), db.password());
    }

    private static int countAppliedMigrations(TestDatabase db) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
