package io.apotheca.application.pricing;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.pricing.port.out.ShippingOptions;
import io.apotheca.application.pricing.port.out.TaxRateSettings;
import io.apotheca.application.shared.port.out.IdGenerator;
import io.apotheca.application.shared.port.out.Transactions;
import java.time.Clock;

/** What the pricing use cases are built from. */
public record PricingPorts(
        TaxRateSettings taxRates,
        ShippingOptions shippingOptions,
        Transactions transactions,
        AuditTrail audit,
        IdGenerator ids,
        Clock clock) {}
