package io.apotheca.application.order;

import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.application.identity.port.out.PersonalRecords;
import io.apotheca.application.order.port.out.Orders;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Cart;

/** A person's orders and cart, as an account deletion sees them. */
public final class OrderPersonalRecords implements PersonalRecords {

    private final Orders orders;
    private final CartStore carts;

    public OrderPersonalRecords(Orders orders, CartStore carts) {
        this.orders = orders;
        this.carts = carts;
    }

    @Override
    public boolean hasOrderInFlight(UserId customer) {
        return orders.anyInFlight(customer);
    }

    @Override
    public void anonymiseOrders(UserId customer) {
        orders.anonymiseAddresses(customer);
    }

    @Override
    public void forgetCart(UserId customer) {
        carts.save(Cart.empty(customer));
    }
}
