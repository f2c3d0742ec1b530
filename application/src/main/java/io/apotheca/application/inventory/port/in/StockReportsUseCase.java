package io.apotheca.application.inventory.port.in;

import io.apotheca.application.catalog.port.in.ProductDetails;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.inventory.Batch;
import java.util.List;

/** What to reorder and what is about to expire; for administrators and verified pharmacists. */
public interface StockReportsUseCase {

    /** Active products whose available units are at or under their reorder level. */
    Outcome<List<ProductDetails>> lowStock(Caller caller);

    /** Lots still on sale that expire within {@code withinDays} days, soonest first. */
    Outcome<List<Batch>> expiring(Caller caller, Integer withinDays);
}
