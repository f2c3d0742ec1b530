package io.apotheca.http;

import java.util.Set;

/**
 * One operation the API answers, as registered with the server: the method, the path with its
 * {@code {parameters}}, and the roles allowed to call it (none: anyone may).
 *
 * @param method the HTTP method, such as {@code GET}
 * @param path the path as registered, such as {@code /api/v1/orders/{id}}
 * @param roles the roles allowed, empty when the operation is open
 */
public record Route(String method, String path, Set<String> roles) {

    public Route {
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
