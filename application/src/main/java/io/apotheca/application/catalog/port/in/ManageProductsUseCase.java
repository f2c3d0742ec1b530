package io.apotheca.application.catalog.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import java.util.UUID;

/**
 * An administrator adds, changes and deactivates products (each audited); anyone reads an active
 * product, staff read inactive ones too.
 */
public interface ManageProductsUseCase {

    Outcome<ProductDetails> create(Caller caller, Draft draft);

    /** Changes the fields given (non-null) and keeps the others. */
    Outcome<ProductDetails> update(Caller caller, UUID productId, Draft changes);

    Outcome<ProductDetails> deactivate(Caller caller, UUID productId);

    Outcome<ProductDetails> view(Caller caller, UUID productId);

    /**
     * A product's fields as an administrator sends them; null means not given.
     *
     * @param taxCategory {@code STANDARD}, {@code REDUCED} or {@code EXEMPT}; a new product without
     *     one is exempt if prescription-only, else standard
     * @param schedule the controlled-substance schedule, {@code CII} to {@code CV}, or {@code NONE}
     *     for a medicine that is not controlled; a new product without one is not controlled
     */
    record Draft(
            String sku,
            String name,
            String description,
            String manufacturer,
            UUID categoryId,
            Long priceMinor,
            String currency,
            Boolean requiresPrescription,
            Integer reorderLevel,
            Boolean active,
            String taxCategory,
            String schedule) {}
}
