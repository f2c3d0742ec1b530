package io.apotheca.bootstrap.config;

import java.net.URI;

/**
 * Where Redis is, from {@code REDIS_URL}: {@code redis://[:password@]host[:port][/db]} ({@code
 * rediss://} for TLS). Prints without its password.
 */
public record RedisUrl(URI uri) {

    static RedisUrl parse(String text) {
        URI uri = EnvironmentConfig.uri(text);
        if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme())) {
            throw new IllegalArgumentException("must be redis://[:password@]host[:port][/db]");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("must name a host");
        }
        String path = uri.getPath();
        if (path != null
                && !path.isEmpty()
                && !path.equals("/")
                && !path.substring(1).matches("\\d{1,2}")) {
            throw new IllegalArgumentException("the database after the host must be a number");
        }
        return new RedisUrl(uri);
    }

    @Override
    public String toString() {
        return "RedisUrl[" + uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort() + "]";
    }
}
