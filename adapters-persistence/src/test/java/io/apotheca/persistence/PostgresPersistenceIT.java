package io.apotheca.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
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
