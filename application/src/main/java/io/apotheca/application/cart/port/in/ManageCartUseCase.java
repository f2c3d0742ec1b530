package io.apotheca.application.cart.port.in;

import io.apotheca.application.pricing.OrderPricing;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Refusal;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.order.OrderLine;
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
     * What the cart would cost if checked out now with the shipping option named: the same
     * subtotal, tax, shipping and total that checkout would place the order for.
     */
    Outcome<CartSummary> summary(Caller caller, Optional<UUID> shippingOptionId);

    /**
     * @param product the product as the catalog has it now
     * @param priced the line as checkout would price it: net total, tax category, rate and tax
     */
    record PricedLine(Product product, OrderLine priced) {

        public int quantity() {
            return priced.quantity().units();
        }

        public Money lineTotal() {
            return priced.lineTotal();
        }
    }

    /**
     * @param lines the cart's lines
     * @param subtotal the sum of the lines' net totals, empty for an empty cart
     * @param tax the sum of the lines' tax, empty for an empty cart
     */
    record PricedCart(List<PricedLine> lines, Optional<Money> subtotal, Optional<Money> tax) {}

    /**
     * @param cart the priced cart
     * @param priced its totals with the shipping chosen (none chosen: no shipping charge yet)
     * @param warnings what checkout would refuse of this cart now, before it is tried: a purchase
     *     limit the cart would pass, as the refusal checkout would answer
     */
    record CartSummary(PricedCart cart, OrderPricing.Priced priced, List<Refusal> warnings) {

        public CartSummary {
            warnings = List.copyOf(warnings);
        }
    }
}
