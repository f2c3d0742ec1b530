package io.apotheca.persistence.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.apotheca.application.catalog.port.out.ShopWindow;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Change;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Kind;
import java.util.function.Supplier;

/**
 * The shop window's pages kept for {@link ShopWindow#MAX_AGE}; a product changed on any instance
 * clears them at once, so only the available units lag. One render per page and moment: readers of a
 * page being made wait for it rather than make it again.
 */
final class CaffeineShopWindow implements ShopWindow, ChangeBroadcast.Listener {

    private final Cache<String, Object> pages =
            Caffeine.newBuilder().maximumSize(500).expireAfterWrite(MAX_AGE).build();

    CaffeineShopWindow(ChangeBroadcast broadcast) {
        broadcast.listen(this);
    }

    @Override
    @SuppressWarnings("unchecked") // each key is only ever rendered by one kind of page
    public <T> T page(String key, Supplier<T> render) {
        return (T) pages.get(key, k -> render.get());
    }

    @Override
    public void changed(Change change) {
        if (change.kind() == Kind.PRODUCT) {
            pages.invalidateAll();
        }
    }

    @Override
    public void forgetAll() {
        pages.invalidateAll();
    }
}
