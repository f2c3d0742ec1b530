package io.apotheca.persistence.memory;

import io.apotheca.application.pricing.port.out.ShippingOptions;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Change;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Kind;
import io.apotheca.domain.pricing.ShippingOption;
import io.apotheca.domain.pricing.ShippingOptionId;
import io.apotheca.persistence.JdbiContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The shipping options kept in memory, all of them at once (there are few); adding or changing one
 * is announced once committed. Locking an option reads the database.
 */
final class CaffeineShippingOptions implements ShippingOptions, ChangeBroadcast.Listener {

    private static final String ALL = "all";

    private final ShippingOptions stored;
    private final JdbiContext db;
    private final ChangeBroadcast broadcast;
    private final Kept<String, List<ShippingOption>> options;

    CaffeineShippingOptions(ShippingOptions stored, JdbiContext db, ChangeBroadcast broadcast) {
        this.stored = stored;
        this.db = db;
        this.broadcast = broadcast;
        this.options = new Kept<>(broadcast, db::inTransaction, 1, Duration.ofMinutes(10));
        broadcast.listen(this);
    }

    private List<ShippingOption> all() {
        return options.get(ALL, key -> List.copyOf(stored.list(true)));
    }

    @Override
    public Optional<ShippingOption> byId(ShippingOptionId id) {
        return all().stream().filter(option -> option.id().equals(id)).findFirst();
    }

    @Override
    public List<ShippingOption> list(boolean includeInactive) {
        return all().stream()
                .filter(option -> includeInactive || option.active())
                .toList();
    }

    @Override
    public boolean anyActive() {
        return all().stream().anyMatch(ShippingOption::active);
    }

    @Override
    public Optional<ShippingOption> lock(ShippingOptionId id) {
        return stored.lock(id);
    }

    @Override
    public void add(ShippingOption option, Instant at) {
        stored.add(option, at);
        announce();
    }

    @Override
    public void update(ShippingOption option, Instant at) {
        stored.update(option, at);
        announce();
    }

    private void announce() {
        db.afterCommit(() -> broadcast.announce(Change.all(Kind.SHIPPING_OPTIONS)));
    }

    @Override
    public void changed(Change change) {
        if (change.kind() == Kind.SHIPPING_OPTIONS) {
            options.forget(ALL); // one key: a read in flight is waited for and dropped
        }
    }

    @Override
    public void forgetAll() {
        options.forgetAll();
    }
}
