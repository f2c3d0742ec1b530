package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.config.DatabaseUrl;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseIT {

    @TempDir
    Path dataDir;

    @Test
    void what_is_written_survives_a_stop_and_a_new_start_on_the_same_folder() throws SQLException {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
            execute(first.url(), "CREATE TABLE kept (note text)", "INSERT INTO kept VALUES ('still here')");
        }

        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir)) {
            try (Connection connection = connect(second.url());
                    ResultSet rows = connection.createStatement().executeQuery("SELECT note FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("still here");
            }
        }
    }

    private static void execute(DatabaseUrl url, String... statements) throws SQLException {
        try (Connection connection = connect(url);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static Connection connect(DatabaseUrl url) throws SQLException {
        return DriverManager.getConnection(
                url.jdbcUrl(), url.username(), url.password().value());
    }
}
