package io.apotheca.application.pricing;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.pricing.port.out.ShippingOptions;
import io.apotheca.application.pricing.port.out.TaxRateSettings;
import io.apotheca.application.shared.Kernel;

/** What the pricing use cases are built from. */
public record PricingPorts(
        TaxRateSettings taxRates, ShippingOptions shippingOptions, AuditTrail audit, Kernel kernel) {}
