package io.apotheca.application.inventory;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.catalog.port.out.ProductImages;
import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.application.identity.VerifiedPharmacists;
import io.apotheca.application.inventory.port.out.Batches;
import io.apotheca.application.inventory.port.out.StockHolds;
import io.apotheca.application.inventory.port.out.StockMovements;
import io.apotheca.application.shared.Kernel;
import io.apotheca.domain.inventory.SellableBatchPolicy;
import java.time.Duration;
import java.time.LocalDate;

/**
 * What the stock use cases are built from.
 *
 * @param products the catalog's products, whose stock this is
 * @param images the products' pictures, shown in the stock reports
 * @param minShelfLife a lot expiring sooner than this is not sold ({@code APOTHECA_MIN_SHELF_LIFE})
 */
public record InventoryPorts(
        Products products,
        ProductImages images,
        Batches batches,
        StockHolds holds,
        StockMovements movements,
        VerifiedPharmacists pharmacists,
        AuditTrail audit,
        Kernel kernel,
        Duration minShelfLife) {

    /** Today's sellability rule. */
    public SellableBatchPolicy sellable() {
        return new SellableBatchPolicy(LocalDate.now(kernel.clock()), minShelfLife);
    }
}
