package io.apotheca.application.catalog.port.out;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Whole pages of the shop window (listings and searches, with their available units and pictures),
 * kept for at most {@link #MAX_AGE} in this instance's memory, so that a busy shop window costs the
 * database nothing. The units a listing shows may lag by that much; a product's own page and the
 * checkout always count stock afresh.
 */
public interface ShopWindow {

    /** The oldest a page may be when it is shown. */
    Duration MAX_AGE = Duration.ofSeconds(1);

    /** The page under {@code key}, as kept, or as {@code render} makes it now (and then kept). */
    <T> T page(String key, Supplier<T> render);

    /** Keeps nothing: every page is made afresh. */
    static ShopWindow none() {
        return new ShopWindow() {
            @Override
            public <T> T page(String key, Supplier<T> render) {
                return render.get();
            }
        };
    }
}
