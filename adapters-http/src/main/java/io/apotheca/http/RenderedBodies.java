package io.apotheca.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Response bodies already written, with their entity tags, kept for as long as the very object they
 * were written from is alive (compared by identity, held weakly): a page the shop window keeps for its
 * second is serialised and hashed once, however often it is asked for meanwhile.
 */
public final class RenderedBodies {

    /** A body as sent, and its entity tag. */
    record Rendered(byte[] body, String etag) {}

    private final Cache<Object, Rendered> rendered =
            Caffeine.newBuilder().weakKeys().maximumSize(1_000).build();

    Rendered of(Object source, Supplier<String> json) {
        return rendered.get(source, s -> {
            String body = json.get();
            return new Rendered(body.getBytes(StandardCharsets.UTF_8), EntityTags.of(body));
        });
    }
}
