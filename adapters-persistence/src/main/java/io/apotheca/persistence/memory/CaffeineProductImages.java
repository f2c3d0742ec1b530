package io.apotheca.persistence.memory;

import io.apotheca.application.catalog.port.out.ProductImages;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Change;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Kind;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.ProductImage;
import io.apotheca.domain.catalog.ProductImageId;
import io.apotheca.persistence.JdbiContext;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Each product's gallery kept in memory (what its page and the shop window show); a change to a
 * gallery is announced as a change to its product once committed. Locking a gallery reads the database.
 */
final class CaffeineProductImages implements ProductImages, ChangeBroadcast.Listener {

    private final ProductImages stored;
    private final JdbiContext db;
    private final ChangeBroadcast broadcast;
    private final Kept<ProductId, List<ProductImage>> galleries;

    CaffeineProductImages(ProductImages stored, JdbiContext db, ChangeBroadcast broadcast) {
        this.stored = stored;
        this.db = db;
        this.broadcast = broadcast;
        this.galleries = new Kept<>(broadcast, db::inTransaction, 20_000, Duration.ofMinutes(1));
        broadcast.listen(this);
    }

    @Override
    public List<ProductImage> of(ProductId product) {
        return galleries.get(product, stored::of);
    }

    /** The galleries kept, and those not kept read together in one statement. */
    @Override
    public Map<ProductId, List<ProductImage>> of(Collection<ProductId> products) {
        long since = galleries.generation();
        Map<ProductId, List<ProductImage>> found = new LinkedHashMap<>();
        List<ProductId> missing = products.stream()
                .filter(id -> {
                    List<ProductImage> kept = galleries.peek(id);
                    if (kept != null) {
                        found.put(id, kept);
                    }
                    return kept == null;
                })
                .toList();
        if (!missing.isEmpty()) {
            Map<ProductId, List<ProductImage>> read = stored.of(missing);
            for (ProductId id : missing) {
                List<ProductImage> gallery = read.getOrDefault(id, List.of());
                galleries.put(id, gallery, since);
                found.put(id, gallery);
            }
        }
        return found;
    }

    @Override
    public Optional<List<ProductImage>> lockGallery(ProductId product) {
        return stored.lockGallery(product);
    }

    @Override
    public void add(ProductImage image) {
        stored.add(image);
        announce(image.product());
    }

    @Override
    public void remove(ProductImageId image) {
        stored.remove(image);
        db.afterCommit(() -> broadcast.announce(Change.all(Kind.PRODUCT)));
    }

    @Override
    public void reposition(List<ProductImage> gallery) {
        stored.reposition(gallery);
        gallery.stream().findFirst().map(ProductImage::product).ifPresent(this::announce);
    }

    private void announce(ProductId product) {
        db.afterCommit(() -> broadcast.announce(Change.of(Kind.PRODUCT, product.value())));
    }

    @Override
    public void changed(Change change) {
        if (change.kind() == Kind.PRODUCT) {
            if (change.key().isEmpty()) {
                galleries.forgetAll();
            } else {
                galleries.forget(new ProductId(UUID.fromString(change.key())));
            }
        }
    }

    @Override
    public void forgetAll() {
        galleries.forgetAll();
    }
}
