package io.apotheca.testsupport;

/**
 * A database that belongs to one test class alone, on the run's shared server.
 *
 * @param name the database name
 * @param jdbcUrl its JDBC address
 * @param username the role to connect as
 * @param password its password, empty for trust authentication
 */
public record TestDatabase(String name, String jdbcUrl, String username, String password) {

    /** The address in the {@code postgresql://user[:password]@host:port/db} form of {@code DATABASE_URL}. */
    public String postgresqlUrl() {
        String credentials = password.isEmpty() ? username : username + ":" + password;
        return jdbcUrl.replaceFirst("^jdbc:postgresql://", "postgresql://" + credentials + "@");
    }
}
