package io.apotheca.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A running PostgreSQL server that tests may create databases on, reached through an administrative
 * database with a role allowed to {@code CREATE DATABASE}.
 *
 * @param origin where the server came from, for the test log
 * @param host host name or address
 * @param port TCP port
 * @param adminDatabase a database to connect to while creating others
 * @param username a role with {@code CREATEDB}
 * @param password its password, empty for trust authentication
 */
public record PostgresServer(
        String origin, String host, int port, String adminDatabase, String username, String password) {

    /** The JDBC address of one database on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    Connection connectAsAdmin() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(adminDatabase), properties);
    }
}
