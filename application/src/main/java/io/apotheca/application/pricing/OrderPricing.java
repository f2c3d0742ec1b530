package io.apotheca.application.pricing;

import io.apotheca.application.pricing.port.out.ShippingOptions;
import io.apotheca.application.pricing.port.out.TaxRateSettings;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.PricingReason;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.pricing.ShippingCharge;
import io.apotheca.domain.pricing.ShippingOption;
import io.apotheca.domain.pricing.ShippingOptionId;
import io.apotheca.domain.pricing.TaxRates;
import io.apotheca.domain.pricing.Totals;
import io.apotheca.domain.shared.Money;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Prices products in the quantities asked for, with today's tax rates and the chosen shipping
 * option. The cart, its summary and checkout all price through here, so the total a customer is
 * shown is, to the cent, the total the order is placed for and the payment asks for.
 */
public final class OrderPricing {

    private final TaxRateSettings taxRates;
    private final ShippingOptions shippingOptions;

    OrderPricing(TaxRateSettings taxRates, ShippingOptions shippingOptions) {
        this.taxRates = taxRates;
        this.shippingOptions = shippingOptions;
    }

    /**
     * A product in a quantity.
     *
     * @param product as the catalog has it now
     * @param quantity 1 to 99 units
     */
    public record Item(Product product, int quantity) {}

    /**
     * What the items come to.
     *
     * @param lines one priced, taxed line per item, in the items' order
     * @param shipping the shipping charge; none when no option was chosen
     * @param option the option chosen, as it is now
     * @param totals subtotal, tax and shipping
     * @param shippingOptionRequired whether the pharmacy offers shipping options, so checkout needs one
     */
    public record Priced(
            List<OrderLine> lines,
            ShippingCharge shipping,
            Optional<ShippingOption> option,
            Totals totals,
            boolean shippingOptionRequired) {}

    /** The lines with today's tax, without shipping: what the cart shows. */
    public List<OrderLine> lines(List<Item> items) {
        TaxRates rates = taxRates.current();
        return items.stream()
                .map(item -> OrderLine.priced(
                        item.product().id(),
                        item.product().name(),
                        Quantity.of(item.quantity()),
                        item.product().price(),
                        item.product().requiresPrescription(),
                        item.product().taxCategory(),
                        rates.rateFor(item.product().taxCategory())))
                .toList();
    }

    /**
     * Prices the items with the shipping option named, if any.
     *
     * @param mustChooseShipping true at checkout: while active options exist, one must be chosen
     */
    public Outcome<Priced> price(List<Item> items, Optional<UUID> shippingOptionId, boolean mustChooseShipping) {
        List<OrderLine> lines = lines(items);
        boolean offered = shippingOptions.anyActive();
        if (lines.isEmpty()) { // nothing to ship: no shipping, whatever option is named
            Money none = Money.zero(Money.DEFAULT_CURRENCY);
            return Outcome.done(new Priced(
                    lines,
                    ShippingCharge.none(Money.DEFAULT_CURRENCY),
                    Optional.empty(),
                    new Totals(none, none, none),
                    offered));
        }
        Currency currency = lines.get(0).unitPrice().currency();
        if (lines.stream().anyMatch(l -> !l.unitPrice().currency().equals(currency))) {
            return Outcome.refused(Refusal.of(
                    PricingReason.CURRENCY_MISMATCH, "The cart holds products priced in different currencies."));
        }
        Money zero = Money.zero(currency);
        Money subtotal = lines.stream().map(OrderLine::lineTotal).reduce(zero, Money::plus);
        Money tax = lines.stream().map(OrderLine::tax).reduce(zero, Money::plus);
        ShippingCharge shipping = ShippingCharge.none(currency);
        Optional<ShippingOption> option = Optional.empty();
        if (shippingOptionId.isPresent()) {
            option = shippingOptions
                    .byId(new ShippingOptionId(shippingOptionId.get()))
                    .filter(ShippingOption::active);
            if (option.isEmpty()) {
                return Outcome.refused(Refusal.of(
                        PricingReason.UNKNOWN_SHIPPING_OPTION, "There is no such shipping option on offer."));
            }
            if (!option.get().price().currency().equals(currency)) {
                return Outcome.refused(Refusal.of(
                        PricingReason.CURRENCY_MISMATCH,
                        "The shipping option is priced in "
                                + option.get().price().currency() + ", the cart in " + currency + "."));
            }
            shipping = option.get().chargeFor(subtotal);
        } else if (offered && mustChooseShipping) {
            return Outcome.refused(new Validation()
                    .problem("shippingOptionId", "is required: choose one of GET /api/v1/shipping-options")
                    .refusal()
                    .orElseThrow());
        }
        return Outcome.done(new Priced(lines, shipping, option, new Totals(subtotal, tax, shipping.amount()), offered));
    }
}
