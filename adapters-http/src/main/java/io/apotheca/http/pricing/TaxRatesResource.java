package io.apotheca.http.pricing;

import io.apotheca.application.pricing.port.in.ManageTaxRatesUseCase;
import io.apotheca.domain.pricing.TaxCategory;
import io.apotheca.domain.pricing.TaxRates;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tax rate of each tax category, read and replaced by administrators. */
public final class TaxRatesResource implements Resource {

    /** How tax is rounded, stated with every answer so that clients can check the figures. */
    static final String ROUNDING = "per line, on the line's net total in minor units, half-even";

    record TaxRatesBody(Map<String, BigDecimal> rates) {}

    /** The rate in percent of every category, and the rounding rule. */
    record TaxRatesView(Map<String, BigDecimal> rates, String rounding) {

        static TaxRatesView of(TaxRates rates) {
            Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
            for (TaxCategory category : TaxCategory.values()) {
                byCategory.put(category.name(), rates.rateFor(category).percent());
            }
            return new TaxRatesView(byCategory, ROUNDING);
        }
    }

    private final ManageTaxRatesUseCase taxRates;
    private final Callers callers;

    public TaxRatesResource(ManageTaxRatesUseCase taxRates, Callers callers) {
        this.taxRates = taxRates;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/v1/admin/tax-rates",
                ctx -> Responses.respond(ctx, taxRates.view(callers.of(ctx)), 200, TaxRatesView::of),
                ApiRole.ADMIN);
        routes.put("/api/v1/admin/tax-rates", this::replace, ApiRole.ADMIN);
    }

    private void replace(Context ctx) {
        Map<String, BigDecimal> rates = Requests.body(ctx, TaxRatesBody.class).rates();
        Responses.respond(ctx, taxRates.replace(callers.of(ctx), rates), 200, TaxRatesView::of);
    }
}
