package io.apotheca.persistence.memory;

import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Change;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Kind;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.persistence.JdbiContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Products kept in memory by id: what a cart, a checkout and a product's page read. A change to a
 * product is announced once committed. Stock is never kept here: it lives in batches and holds.
 */
final class CaffeineProducts implements Products, ChangeBroadcast.Listener {

    private final Products stored;
    private final JdbiContext db;
    private final ChangeBroadcast broadcast;
    private final Kept<ProductId, Product> byId;

    CaffeineProducts(Products stored, JdbiContext db, ChangeBroadcast broadcast) {
        this.stored = stored;
        this.db = db;
        this.broadcast = broadcast;
        this.byId = new Kept<>(broadcast, db::inTransaction, 20_000, Duration.ofMinutes(10));
        broadcast.listen(this);
    }

    @Override
    public Optional<Product> byId(ProductId id) {
        return Optional.ofNullable(byId.get(id, key -> stored.byId(key).orElse(null)));
    }

    @Override
    public boolean add(Product product) {
        boolean added = stored.add(product);
        db.afterCommit(
                () -> broadcast.announce(Change.of(Kind.PRODUCT, product.id().value())));
        return added;
    }

    @Override
    public List<Product> active(Optional<ProductId> after, int limit) {
        return stored.active(after, limit);
    }

    @Override
    public boolean update(Product product) {
        boolean updated = stored.update(product);
        db.afterCommit(
                () -> broadcast.announce(Change.of(Kind.PRODUCT, product.id().value())));
        return updated;
    }

    @Override
    public void changed(Change change) {
        if (change.kind() == Kind.PRODUCT) {
            if (change.key().isEmpty()) {
                byId.forgetAll();
            } else {
                byId.forget(new ProductId(UUID.fromString(change.key())));
            }
        }
    }

    @Override
    public void forgetAll() {
        byId.forgetAll();
    }
}
