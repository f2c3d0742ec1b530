package io.apotheca.testsupport;

/**
 * A running Redis server the tests may use.
 *
 * @param origin where the server came from, for the test log
 * @param host host name or address
 * @param port TCP port
 * @param password its password, empty for none
 */
public record RedisEndpoint(String origin, String host, int port, String password) {

    /** The address in the {@code redis://[:password@]host:port} form of {@code REDIS_URL}. */
    public String url() {
        String credentials = password.isEmpty() ? "" : ":" + password + "@";
        return "redis://" + credentials + host + ":" + port;
    }
}
