package io.apotheca.application.order.port.in;

import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Page;
import io.apotheca.application.shared.PageRequest;
import io.apotheca.domain.order.OrderStatus;
import java.util.Optional;
import java.util.UUID;

/** A customer reads their own orders; staff read everyone's. */
public interface ViewOrdersUseCase {

    /** The order, for its customer or staff; anyone else is told it does not exist. */
    Outcome<Placed> view(Caller caller, UUID orderId);

    /** Newest first: a customer's own orders, or, for staff, everyone's, optionally by status. */
    Outcome<Page<Placed>> list(Caller caller, Optional<OrderStatus> status, PageRequest page);
}
