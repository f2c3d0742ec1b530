package io.apotheca.http;

import io.apotheca.application.shared.Page;
import java.util.List;
import java.util.function.Function;

/** A page of a list as the API shows it: {@code {items, nextCursor}}, the cursor null on the last page. */
public record PageView<V>(List<V> items, String nextCursor) {

    public static <T, V> PageView<V> of(Page<T> page, Function<T, V> view) {
        return new PageView<>(
                page.items().stream().map(view).toList(), page.nextCursor().orElse(null));
    }
}
