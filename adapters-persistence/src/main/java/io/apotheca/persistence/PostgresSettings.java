package io.apotheca.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the pharmacy's PostgreSQL database.
 *
 * @param jdbcUrl {@code jdbc:postgresql://host:port/database}
 * @param username the role to connect as
 * @param password its password, empty for trust authentication
 * @param maximumPoolSize the most connections kept open at once
 * @param connectionTimeout how long a caller waits for a connection before failing
 */
public record PostgresSettings(
        String jdbcUrl, String username, String password, int maximumPoolSize, Duration connectionTimeout) {

    public PostgresSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC address: " + jdbcUrl);
        }
        if (maximumPoolSize < 1) {
            throw new IllegalArgumentException("the pool needs at least one connection");
        }
    }

    /** Sensible defaults for one instance on a small machine: 10 connections, 5 s to get one. */
    public static PostgresSettings of(String jdbcUrl, String username, String password) {
        return new PostgresSettings(jdbcUrl, username, password, 10, Duration.ofSeconds(5));
    }
}
