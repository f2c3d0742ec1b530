package io.apotheca.application.limits.port.out;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.limits.PurchaseLimitPolicy.Purchase;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** What a customer bought before, as purchase limits count it. */
public interface PurchaseHistory {

    /**
     * The lines of the customer's orders placed after {@code since} that still count as purchases:
     * placed, paid, confirmed or dispensed (shipped, delivered, or refunded once dispensed); never a
     * cancelled or expired order, nor one refunded before anything left the shelf. Each purchase is
     * dated when its order was placed.
     */
    List<Purchase> of(UserId customer, Collection<ProductId> products, Instant since);
}
