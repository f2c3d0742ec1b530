package io.apotheca.persistence.order;

import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.order.port.out.OrderPlacement;
import io.apotheca.application.shared.KeyCompletion;
import io.apotheca.application.shared.port.out.DependencyUnavailableException;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.ShippingAddress;
import io.apotheca.persistence.JdbiContext;
import io.apotheca.persistence.KeyResponses;
import io.apotheca.persistence.OneTrip;
import io.apotheca.persistence.events.JdbiOutbox;
import io.apotheca.persistence.inventory.JdbiStockHolds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A checkout in one round trip, outside any transaction, so that PostgreSQL runs its statements as
 * one implicit transaction: the account locked (and found not deleted), the order, its lines and its
 * event recorded, each line held from a slot, and a closing check that every line was held. A
 * statement that finds what it expected not so (see {@code apotheca_expect}) stops it all; so does
 * any error the server answers (a deadlock, a timeout); then nothing was kept and the answer is
 * false. So it is when no connection could be had to send it on. Only a connection lost on the way
 * leaves the outcome unknown: that one is thrown.
 */
public final class JdbiOrderPlacement implements OrderPlacement {

    private static final String LOCK_ACCOUNT = "SELECT apotheca_expect(count(*) = 1, 'the account')"
            + " FROM (SELECT 1 FROM users WHERE id = ? AND deleted_at IS NULL FOR UPDATE) account";

    /** Why a trip is expected to stop now and then: an expectation not met, a deadlock, a serialization failure. */
    private static final Set<String> EXPECTED = Set.of("P0001", "40P01", "40001");

    private static final Logger LOG = LoggerFactory.getLogger(JdbiOrderPlacement.class);

    private final JdbiContext db;

    public JdbiOrderPlacement(JdbiContext db) {
        this.db = db;
    }

    @Override
    public boolean placeAtOnce(
            Order.Open order,
            ShippingAddress address,
            DomainEvent placed,
            List<UUID> holds,
            Optional<KeyCompletion.Along> response) {
        List<OrderLine> lines = order.details().lines();
        List<JdbiStockHolds.Hold> taken = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            taken.add(new JdbiStockHolds.Hold(
                    holds.get(i),
                    lines.get(i).productId(),
                    lines.get(i).quantity().units()));
        }
        taken.sort(Comparator.comparing(hold -> hold.product().value()));
        OneTrip trip = new OneTrip()
                .query(LOCK_ACCOUNT, rows -> {}, order.details().customer().value());
        JdbiOrders.addTo(trip, order, address);
        JdbiOutbox.addTo(trip, placed);
        JdbiStockHolds.holdAtOnce(trip, order.id(), taken, order.details().placedAt());
        response.ifPresent(along -> KeyResponses.storeIn(trip, along));
        boolean[] recorded = {false};
        boolean[] sent = {false};
        try {
            db.outsideTransaction(handle -> {
                sent[0] = true;
                try {
                    trip.send(handle);
                    recorded[0] = true;
                } catch (OneTrip.OneTripFailed e) {
                    // the server answered with an error: the implicit transaction was rolled back whole
                    if (!EXPECTED.contains(String.valueOf(e.sqlState()))) {
                        LOG.warn("a checkout's trip failed ({}); it takes the careful way", e.sqlState(), e);
                    }
                }
            });
        } catch (DependencyUnavailableException e) {
            if (sent[0]) {
                throw e; // lost on the way: whether it was kept is not known
            }
            return false; // no connection to send it on: nothing was written
        }
        return recorded[0];
    }
}
