package io.apotheca.persistence.memory;

import io.apotheca.application.limits.port.out.PurchaseLimitGroups;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Change;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Kind;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.limits.PurchaseLimitGroup;
import io.apotheca.persistence.JdbiContext;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The purchase-limit groups kept in memory, all of them (there are few), in name order as stored; a
 * checkout whose products no group contains then asks the database nothing about limits. Saving or
 * deleting a group is announced once committed.
 */
final class CaffeinePurchaseLimitGroups implements PurchaseLimitGroups, ChangeBroadcast.Listener {

    private static final String ALL = "all";

    private final PurchaseLimitGroups stored;
    private final JdbiContext db;
    private final ChangeBroadcast broadcast;
    private final Kept<String, List<Stored>> groups;

    CaffeinePurchaseLimitGroups(PurchaseLimitGroups stored, JdbiContext db, ChangeBroadcast broadcast) {
        this.stored = stored;
        this.db = db;
        this.broadcast = broadcast;
        this.groups = new Kept<>(broadcast, db::inTransaction, 1, Duration.ofMinutes(10));
        broadcast.listen(this);
    }

    @Override
    public List<Stored> all() {
        return groups.get(ALL, key -> List.copyOf(stored.all()));
    }

    @Override
    public Optional<Stored> byId(UUID id) {
        return all().stream().filter(group -> group.id().equals(id)).findFirst();
    }

    @Override
    public List<Stored> containing(Collection<ProductId> products) {
        return all().stream()
                .filter(group -> products.stream().anyMatch(group.group().amountPerUnit()::containsKey))
                .toList();
    }

    @Override
    public void save(UUID id, PurchaseLimitGroup group) {
        stored.save(id, group);
        announce();
    }

    @Override
    public boolean delete(UUID id) {
        boolean deleted = stored.delete(id);
        announce();
        return deleted;
    }

    private void announce() {
        db.afterCommit(() -> broadcast.announce(Change.all(Kind.PURCHASE_LIMITS)));
    }

    @Override
    public void changed(Change change) {
        if (change.kind() == Kind.PURCHASE_LIMITS) {
            groups.forget(ALL); // one key: a read in flight is waited for and dropped
        }
    }

    @Override
    public void forgetAll() {
        groups.forgetAll();
    }
}
