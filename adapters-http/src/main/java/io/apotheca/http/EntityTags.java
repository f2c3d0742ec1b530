package io.apotheca.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Entity tags for conditional reads: a client that sends back a response's {@code ETag} in {@code
 * If-None-Match} is answered 304 with no body while the response would be the same.
 */
public final class EntityTags {

    private EntityTags() {}

    /** A strong tag of the body's bytes: the first 128 bits of its SHA-256. */
    public static String of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The tag of a text body, as UTF-8. */
    public static String of(String body) {
        return of(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether an {@code If-None-Match} header names this entity tag (weakly compared, as RFC 9110 asks). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
