package io.apotheca.http.catalog;

import io.apotheca.application.catalog.port.in.ManageProductCodesUseCase;
import io.apotheca.domain.catalog.ProductCode;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A product's standard codes (RxNorm, NDC, ATC, SNOMED CT...): read by anyone who may see the
 * product, replaced as a whole by an administrator.
 */
public final class ProductCodesResource implements Resource {

    record CodesBody(List<ManageProductCodesUseCase.CodeForm> codes) {}

    private final ManageProductCodesUseCase codes;
    private final Callers callers;

    public ProductCodesResource(ManageProductCodesUseCase codes, Callers callers) {
        this.codes = codes;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/products/{id}/codes", this::list);
        routes.put("/api/v1/products/{id}/codes", this::replace, ApiRole.ADMIN);
    }

    private void list(Context ctx) {
        Responses.respond(ctx, codes.codes(callers.of(ctx), Requests.id(ctx, "id")), 200, ProductCodesResource::view);
    }

    private void replace(Context ctx) {
        UUID id = Requests.id(ctx, "id");
        CodesBody body = Requests.body(ctx, CodesBody.class);
        Responses.respond(ctx, codes.replace(callers.of(ctx), id, body.codes()), 200, ProductCodesResource::view);
    }

    private static Map<String, Object> view(List<ProductCode> list) {
        return Map.of(
                "codes",
                list.stream()
                        .map(c -> Map.of("system", c.system(), "code", c.code()))
                        .toList());
    }
}
