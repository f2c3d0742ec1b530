package io.apotheca.bootstrap.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the database is, from {@code DATABASE_URL} in either of its two forms: {@code
 * postgresql://user[:password]@host[:port]/database} or {@code jdbc:postgresql://host[:port]/database[?user=…&password=…]}.
 *
 * @param jdbcUrl the JDBC address, credentials removed
 * @param username the role, empty to let the driver choose
 * @param password the password, empty for none
 */
public record DatabaseUrl(String jdbcUrl, String username, Secret password) {

    static DatabaseUrl parse(String text) {
        String uriText = text.startsWith("jdbc:postgresql://") ? text.substring("jdbc:".length()) : text;
        URI uri;
        try {
            uri = new URI(uriText);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not an address");
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException(
                    "must be postgresql://user[:password]@host[:port]/database or jdbc:postgresql://host[:port]/database");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("must name a host and a database");
        }
        String username = "";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            username = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
        }
        List<String> kept = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                String value = kv.length > 1 ? decode(kv[1]) : "";
                switch (kv[0]) {
                    case "user" -> username = value;
                    case "password" -> password = value;
                    default -> kept.add(pair);
                }
            }
        }
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        String query = kept.isEmpty() ? "" : "?" + String.join("&", kept);
        return new DatabaseUrl(
                "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query, username, new Secret(password));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
