package io.apotheca.application.pricing;

import io.apotheca.application.pricing.port.in.ManageTaxRatesUseCase;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.pricing.TaxCategory;
import io.apotheca.domain.pricing.TaxRate;
import io.apotheca.domain.pricing.TaxRates;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Administrators' tax rates; every change is audited with the rates before and after. */
final class TaxRateService implements ManageTaxRatesUseCase {

    private final PricingPorts ports;

    TaxRateService(PricingPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<TaxRates> view(Caller caller) {
        return Access.admin(caller).then(admin -> Outcome.done(ports.taxRates().current()));
    }

    @Override
    public Outcome<TaxRates> replace(Caller caller, Map<String, BigDecimal> percentByCategory) {
        return Access.admin(caller).then(admin -> {
            Validation validation = new Validation();
            Map<TaxCategory, TaxRate> rates = new EnumMap<>(TaxCategory.class);
            if (percentByCategory == null) {
                validation.problem("rates", "is required: a rate in percent for each tax category");
            } else {
                percentByCategory.forEach((name, percent) -> {
                    Optional<TaxCategory> category = category(name);
                    String field = "rates." + name;
                    if (category.isEmpty()) {
                        validation.problem(field, "is not a tax category; use STANDARD, REDUCED or EXEMPT");
                    } else if (!TaxRate.isValid(percent)) {
                        validation.problem(field, "must be a percentage from 0 to 100 with at most 3 decimals");
                    } else if (category.get() == TaxCategory.EXEMPT && percent.signum() != 0) {
                        validation.problem(field, "is never taxed: the EXEMPT rate is 0");
                    } else {
                        rates.put(category.get(), new TaxRate(percent));
                    }
                });
            }
            Optional<Refusal> invalid = validation.refusal();
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            TaxRates replacement = new TaxRates(rates);
            return ports.kernel().transactions().inTransaction(() -> {
                TaxRates before = ports.taxRates().current();
                ports.taxRates().replace(replacement, ports.kernel().clock().instant());
                ports.audit().record(caller, "tax_rates.replaced", "tax_rates", "all", changes(before, replacement));
                return Outcome.done(replacement);
            });
        });
    }

    private static Optional<TaxCategory> category(String name) {
        for (TaxCategory category : TaxCategory.values()) {
            if (category.name().equals(name)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> changes(TaxRates before, TaxRates after) {
        Map<String, String> changed = new TreeMap<>();
        for (TaxCategory category : TaxCategory.values()) {
            changed.put(category.name(), before.rateFor(category) + " -> " + after.rateFor(category));
        }
        return changed;
    }
}
