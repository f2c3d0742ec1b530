package io.apotheca.application.cart.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.shared.Money;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer reads their cart, priced from the catalog now (inactive products drop out), and sets,
 * removes or clears its lines.
 */
public interface ManageCartUseCase {

    Outcome<PricedCart> view(Caller caller);

    /** Sets a line's quantity, 0 to 99 (0 removes it); an unknown or inactive product is not found. */
    Outcome<PricedCart> setQuantity(Caller caller, UUID productId, Integer quantity);

    Outcome<PricedCart> remove(Caller caller, UUID productId);

    Outcome<PricedCart> clear(Caller caller);

    /**
     * @param product the product as the catalog has it now
     * @param quantity units
     * @param lineTotal unit price × quantity
     */
    record PricedLine(Product product, int quantity, Money lineTotal) {}

    /**
     * @param lines the cart's lines
     * @param subtotal the sum of the lines, empty for an empty cart
     */
    record PricedCart(List<PricedLine> lines, Optional<Money> subtotal) {}
}
