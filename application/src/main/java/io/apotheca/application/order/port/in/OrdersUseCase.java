package io.apotheca.application.order.port.in;

import io.apotheca.application.order.ShippingAddress;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Page;
import io.apotheca.application.shared.PageRequest;
import io.apotheca.domain.order.OrderStatus;
import java.util.Optional;
import java.util.UUID;

/**
 * Checkout and the orders that follow: a customer checks out their cart (stock is held at once,
 * never oversold), reads and cancels their own orders before payment; staff read all orders and an
 * administrator may cancel any that is not yet paid.
 */
public interface OrdersUseCase {

    /**
     * Places an order for the cart, priced with today's tax rates and the shipping option chosen
     * (required while the pharmacy offers any), and holds its stock.
     */
    Outcome<Placed> checkout(Caller caller, ShippingAddress address, Optional<UUID> shippingOptionId);

    /** The order, for its customer or staff; anyone else is told it does not exist. */
    Outcome<Placed> view(Caller caller, UUID orderId);

    /** Newest first: a customer's own orders, or, for staff, everyone's, optionally by status. */
    Outcome<Page<Placed>> list(Caller caller, Optional<OrderStatus> status, PageRequest page);

    /** Cancels an order not yet paid and releases its stock. */
    Outcome<Placed> cancel(Caller caller, UUID orderId);
}
