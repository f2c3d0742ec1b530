package io.apotheca.application.order;

import io.apotheca.application.order.port.in.ExpireHoldsUseCase;
import io.apotheca.application.order.port.in.FulfilOrdersUseCase;
import io.apotheca.application.order.port.in.OrdersUseCase;

/** Builds the order use cases; the composition root calls this. */
public final class OrderUseCases {

    private OrderUseCases() {}

    public static OrdersUseCase orders(OrderPorts ports) {
        return new OrderService(ports);
    }

    public static FulfilOrdersUseCase fulfilment(OrderPorts ports) {
        return new FulfilmentService(ports);
    }

    public static ExpireHoldsUseCase expireHolds(OrderPorts ports) {
        return new HoldExpiryService(ports);
    }
}
