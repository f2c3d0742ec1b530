package io.apotheca.application.order;

import io.apotheca.application.order.port.in.CancelOrderUseCase;
import io.apotheca.application.order.port.in.CheckoutUseCase;
import io.apotheca.application.order.port.in.ExpireHoldsUseCase;
import io.apotheca.application.order.port.in.FulfilOrdersUseCase;
import io.apotheca.application.order.port.in.ViewOrdersUseCase;

/** Builds the order use cases; the composition root calls this. */
public final class OrderUseCases {

    private OrderUseCases() {}

    public static CheckoutUseCase checkout(OrderPorts ports) {
        return new CheckoutService(ports);
    }

    public static ViewOrdersUseCase view(OrderPorts ports) {
        return new OrderQueries(ports);
    }

    public static CancelOrderUseCase cancel(OrderPorts ports) {
        return new CancelOrderService(ports);
    }

    public static FulfilOrdersUseCase fulfilment(OrderPorts ports) {
        return new FulfilmentService(ports);
    }

    public static ExpireHoldsUseCase expireHolds(OrderPorts ports) {
        return new HoldExpiryService(ports);
    }
}
