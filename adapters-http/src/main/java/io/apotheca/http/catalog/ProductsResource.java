package io.apotheca.http.catalog;

import io.apotheca.application.catalog.port.in.ManageProductsUseCase;
import io.apotheca.application.catalog.port.in.ManageProductsUseCase.Draft;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.MoneyView;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.UUID;

/** Products: administrators create, change and deactivate them; anyone reads an active one. */
public final class ProductsResource implements Resource {

    record ProductBody(
            String sku,
            String name,
            String description,
            String manufacturer,
            UUID categoryId,
            MoneyView price,
            Boolean requiresPrescription,
            Integer reorderLevel,
            Boolean active) {

        Draft draft() {
            return new Draft(
                    sku,
                    name,
                    description,
                    manufacturer,
                    categoryId,
                    price == null ? null : price.amount(),
                    price == null ? null : price.currency(),
                    requiresPrescription,
                    reorderLevel,
                    active);
        }
    }

    private final ManageProductsUseCase products;
    private final Callers callers;

    public ProductsResource(ManageProductsUseCase products, Callers callers) {
        this.products = products;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/products", this::create, ApiRole.ADMIN);
        routes.get("/api/v1/products/{id}", this::view);
        routes.patch("/api/v1/products/{id}", this::update, ApiRole.ADMIN);
        routes.delete("/api/v1/products/{id}", this::deactivate, ApiRole.ADMIN);
    }

    private void create(Context ctx) {
        Responses.respond(
                ctx,
                products.create(
                        callers.of(ctx), Requests.body(ctx, ProductBody.class).draft()),
                201,
                ProductView::of);
    }

    private void view(Context ctx) {
        Responses.respond(ctx, products.view(callers.of(ctx), Requests.id(ctx, "id")), 200, ProductView::of);
    }

    private void update(Context ctx) {
        UUID id = Requests.id(ctx, "id");
        Responses.respond(
                ctx,
                products.update(
                        callers.of(ctx),
                        id,
                        Requests.body(ctx, ProductBody.class).draft()),
                200,
                ProductView::of);
    }

    private void deactivate(Context ctx) {
        Responses.respond(ctx, products.deactivate(callers.of(ctx), Requests.id(ctx, "id")), 200, ProductView::of);
    }
}
