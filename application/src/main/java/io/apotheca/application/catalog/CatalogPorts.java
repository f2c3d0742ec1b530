package io.apotheca.application.catalog;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.catalog.port.out.Availability;
import io.apotheca.application.catalog.port.out.Categories;
import io.apotheca.application.catalog.port.out.ProductCodes;
import io.apotheca.application.catalog.port.out.ProductImages;
import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.application.catalog.port.out.ShopWindow;
import io.apotheca.application.shared.Kernel;
import io.apotheca.application.shared.port.out.DocumentStore;

/**
 * What the catalog use cases are built from.
 *
 * @param shopWindow whole listing pages kept briefly in this instance's memory
 * @param codes products' standard codes (RxNorm, NDC, ATC, SNOMED CT...)
 * @param images products' pictures
 * @param documents where the pictures' bytes are kept
 * @param availability what may still be sold of each product, told by inventory
 */
public record CatalogPorts(
        Categories categories,
        Products products,
        ProductCodes codes,
        ShopWindow shopWindow,
        ProductImages images,
        DocumentStore documents,
        Availability availability,
        AuditTrail audit,
        Kernel kernel) {}
