package io.apotheca.application.limits;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.application.limits.port.out.OrderMaxima;
import io.apotheca.application.limits.port.out.PurchaseHistory;
import io.apotheca.application.limits.port.out.PurchaseLimitGroups;
import io.apotheca.application.shared.Kernel;

/** What the purchase limit use cases are built from. */
public record LimitPorts(
        PurchaseLimitGroups groups,
        OrderMaxima maxima,
        PurchaseHistory history,
        Products products,
        AuditTrail audit,
        Kernel kernel) {

    /** The limits as checkout and the cart judge a basket by them. */
    public PurchaseLimits limits() {
        return new PurchaseLimits(groups, maxima, history);
    }
}
