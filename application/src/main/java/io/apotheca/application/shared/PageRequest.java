package io.apotheca.application.shared;

import java.util.Optional;

/**
 * Which page a client asks for: up to {@code limit} items after {@code cursor}.
 *
 * @param cursor the cursor of a previous page, or empty for the first
 * @param limit how many items, 1 to 100
 */
public record PageRequest(Optional<String> cursor, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        }
    }
}
