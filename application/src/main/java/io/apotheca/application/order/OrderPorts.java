package io.apotheca.application.order;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.inventory.InventoryPorts;
import io.apotheca.application.order.port.out.Orders;
import io.apotheca.application.payment.port.out.Payments;
import io.apotheca.application.pricing.OrderPricing;
import java.time.Duration;

/**
 * What the order use cases are built from.
 *
 * @param payments read at delivery, to record cash on delivery as collected
 * @param pricing prices the cart at checkout, as the cart summary does
 * @param users read at checkout: a deleted account cannot order, an unverified one may not have to
 * @param requireVerifiedEmail whether a customer must have verified their e-mail to check out
 * @param unpaidTtl how long an order awaiting payment holds stock
 * @param prescriptionTtl how long an order awaiting its prescription holds stock
 */
public record OrderPorts(
        Orders orders,
        CartStore carts,
        InventoryPorts inventory,
        AuditTrail audit,
        Outbox outbox,
        Payments payments,
        Users users,
        OrderPricing pricing,
        boolean requireVerifiedEmail,
        Duration unpaidTtl,
        Duration prescriptionTtl) {}
