package io.apotheca.application.order;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.identity.VerifiedPharmacists;
import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.limits.PurchaseLimits;
import io.apotheca.application.order.port.out.CardCharges;
import io.apotheca.application.order.port.out.CashCollection;
import io.apotheca.application.order.port.out.OrderPlacement;
import io.apotheca.application.order.port.out.OrderStock;
import io.apotheca.application.order.port.out.Orders;
import io.apotheca.application.order.port.out.PrescriptionsOnFile;
import io.apotheca.application.pricing.OrderPricing;
import io.apotheca.application.shared.Kernel;
import java.time.Duration;

/**
 * What the order use cases are built from.
 *
 * @param products the catalog's products: only active ones are ordered
 * @param stock the shelf: holds at checkout, lots taken at dispensing
 * @param pharmacists who may dispense, besides administrators
 * @param cash records cash on delivery as collected when the order is handed over
 * @param prescriptions the patients' prescriptions on file: fills reserved at checkout, given back
 *     when an order closes, dispensed with it
 * @param pricing prices the cart at checkout, as the cart summary does
 * @param users read at checkout: a deleted account cannot order, an unverified one may not have to
 * @param requireVerifiedEmail whether a customer must have verified their e-mail to check out
 * @param unpaidTtl how long an order awaiting payment holds stock
 * @param prescriptionTtl how long an order awaiting its prescription holds stock
 * @param cards charges a card authorised at checkout as its order is dispensed
 * @param placement records a checkout of the common basket in one round trip
 */
public record OrderPorts(
        Orders orders,
        CartStore carts,
        Products products,
        OrderStock stock,
        VerifiedPharmacists pharmacists,
        AuditTrail audit,
        Outbox outbox,
        CashCollection cash,
        PrescriptionsOnFile prescriptions,
        Users users,
        OrderPricing pricing,
        PurchaseLimits limits,
        Kernel kernel,
        boolean requireVerifiedEmail,
        Duration unpaidTtl,
        Duration prescriptionTtl,
        CardCharges cards,
        OrderPlacement placement) {}
