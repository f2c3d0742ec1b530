package io.apotheca.application.inventory;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.catalog.port.out.Categories;
import io.apotheca.application.catalog.port.out.ProductCache;
import io.apotheca.application.catalog.port.out.ProductImages;
import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.application.identity.VerifiedPharmacists;
import io.apotheca.application.inventory.port.out.Batches;
import io.apotheca.application.inventory.port.out.StockHolds;
import io.apotheca.application.inventory.port.out.StockMovements;
import io.apotheca.application.shared.port.out.DocumentStore;
import io.apotheca.application.shared.port.out.IdGenerator;
import io.apotheca.application.shared.port.out.Transactions;
import io.apotheca.domain.inventory.SellableBatchPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * What the catalog and stock use cases are built from.
 *
 * @param images products' pictures
 * @param documents where the pictures' bytes are kept
 * @param minShelfLife a lot expiring sooner than this is not sold ({@code APOTHECA_MIN_SHELF_LIFE})
 */
public record InventoryPorts(
        Categories categories,
        Products products,
        ProductCache cache,
        ProductImages images,
        DocumentStore documents,
        Batches batches,
        StockHolds holds,
        StockMovements movements,
        VerifiedPharmacists pharmacists,
        Transactions transactions,
        AuditTrail audit,
        IdGenerator ids,
        Clock clock,
        Duration minShelfLife) {

    /** Today's sellability rule. */
    public SellableBatchPolicy sellable() {
        return new SellableBatchPolicy(LocalDate.now(clock), minShelfLife);
    }
}
