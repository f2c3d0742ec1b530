package io.apotheca.persistence.memory;

import io.apotheca.application.limits.port.out.OrderMaxima;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Change;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Kind;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.persistence.JdbiContext;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The products' maxima per order kept in memory, all of them; setting or removing one is announced once committed. */
final class CaffeineOrderMaxima implements OrderMaxima, ChangeBroadcast.Listener {

    private static final String ALL = "all";

    private final OrderMaxima stored;
    private final JdbiContext db;
    private final ChangeBroadcast broadcast;
    private final Kept<String, List<Maximum>> maxima;

    CaffeineOrderMaxima(OrderMaxima stored, JdbiContext db, ChangeBroadcast broadcast) {
        this.stored = stored;
        this.db = db;
        this.broadcast = broadcast;
        this.maxima = new Kept<>(broadcast, db::inTransaction, 1, Duration.ofMinutes(10));
        broadcast.listen(this);
    }

    @Override
    public List<Maximum> all() {
        return maxima.get(ALL, key -> List.copyOf(stored.all()));
    }

    @Override
    public Map<ProductId, Integer> of(Collection<ProductId> products) {
        Map<ProductId, Integer> found = new HashMap<>();
        for (Maximum maximum : all()) {
            if (products.contains(maximum.product())) {
                found.put(maximum.product(), maximum.units());
            }
        }
        return found;
    }

    @Override
    public void set(Maximum maximum) {
        stored.set(maximum);
        announce();
    }

    @Override
    public boolean remove(ProductId product) {
        boolean removed = stored.remove(product);
        announce();
        return removed;
    }

    private void announce() {
        db.afterCommit(() -> broadcast.announce(Change.all(Kind.PURCHASE_LIMITS)));
    }

    @Override
    public void changed(Change change) {
        if (change.kind() == Kind.PURCHASE_LIMITS) {
            maxima.forget(ALL); // one key: a read in flight is waited for and dropped
        }
    }

    @Override
    public void forgetAll() {
        maxima.forgetAll();
    }
}
