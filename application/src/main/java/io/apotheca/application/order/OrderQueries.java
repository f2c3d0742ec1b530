package io.apotheca.application.order;

import io.apotheca.application.order.port.in.ViewOrdersUseCase;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Cursors;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Page;
import io.apotheca.application.shared.PageRequest;
import io.apotheca.application.shared.Refusal;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Orders as their readers may see them: a customer their own, staff everyone's. */
final class OrderQueries implements ViewOrdersUseCase {

    private static final String CURSOR_LIST = "orders";

    private final OrderPorts ports;
    private final OrderReaders readers;

    OrderQueries(OrderPorts ports) {
        this.ports = ports;
        this.readers = new OrderReaders(ports.pharmacists());
    }

    @Override
    public Outcome<Placed> view(Caller caller, UUID orderId) {
        return Access.signedIn(caller)
                .then(principal -> ports.orders()
                        .byId(new OrderId(orderId))
                        .filter(placed -> readers.maySee(principal, placed))
                        .<Outcome<Placed>>map(Outcome::done)
                        .orElseGet(() -> Outcome.refused(Refusal.notFound())));
    }

    @Override
    public Outcome<Page<Placed>> list(Caller caller, Optional<OrderStatus> status, PageRequest page) {
        return Access.signedIn(caller)
                .then(principal -> Cursors.idAfter(CURSOR_LIST, page.cursor()).then(position -> {
                    Optional<OrderId> before = position.map(OrderId::new);
                    Optional<UserId> only =
                            readers.isStaff(principal) ? Optional.empty() : Optional.of(principal.userId());
                    List<Placed> found = ports.orders().list(only, status, before, page.limit() + 1);
                    boolean more = found.size() > page.limit();
                    List<Placed> items = more ? found.subList(0, page.limit()) : found;
                    Optional<String> next = more
                            ? Optional.of(Cursors.encode(
                                    CURSOR_LIST,
                                    items.get(items.size() - 1).order().id().toString()))
                            : Optional.empty();
                    return Outcome.done(new Page<>(items, next));
                }));
    }
}
