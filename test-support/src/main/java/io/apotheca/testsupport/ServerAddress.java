package io.apotheca.testsupport;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A server address read from a test variable: {@code scheme://[user[:password]@]host[:port][/path]}
 * with an optional {@code jdbc:} prefix and {@code ?user=…&password=…} parameters.
 */
record ServerAddress(String host, int port, String path, String username, String password) {

    static ServerAddress parse(String text, int defaultPort, String defaultUser) {
        URI uri = URI.create(text.startsWith("jdbc:") ? text.substring("jdbc:".length()) : text);
        String user = defaultUser;
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                String value = kv.length > 1 ? decode(kv[1]) : "";
                if (kv[0].equals("user")) {
                    user = value;
                } else if (kv[0].equals("password")) {
                    password = value;
                }
            }
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        int port = uri.getPort() == -1 ? defaultPort : uri.getPort();
        return new ServerAddress(uri.getHost(), port, path, user, password);
    }

    PostgresServer toPostgres(String origin) {
        return new PostgresServer(origin, host, port, path.isEmpty() ? "postgres" : path, username, password);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
