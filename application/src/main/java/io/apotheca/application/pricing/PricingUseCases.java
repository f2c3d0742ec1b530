package io.apotheca.application.pricing;

import io.apotheca.application.pricing.port.in.ManageShippingOptionsUseCase;
import io.apotheca.application.pricing.port.in.ManageTaxRatesUseCase;

/** Builds the pricing use cases; the composition root calls this. */
public final class PricingUseCases {

    private PricingUseCases() {}

    public static ManageTaxRatesUseCase taxRates(PricingPorts ports) {
        return new TaxRateService(ports);
    }

    public static ManageShippingOptionsUseCase shippingOptions(PricingPorts ports) {
        return new ShippingOptionService(ports);
    }

    /** The pricing that the cart and checkout share. */
    public static OrderPricing orderPricing(PricingPorts ports) {
        return new OrderPricing(ports.taxRates(), ports.shippingOptions());
    }
}
