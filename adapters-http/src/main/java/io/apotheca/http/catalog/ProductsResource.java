package io.apotheca.http.catalog;

import io.apotheca.application.catalog.port.in.ManageProductsUseCase;
import io.apotheca.application.catalog.port.in.ManageProductsUseCase.Draft;
import io.apotheca.application.catalog.port.in.SearchProductsUseCase;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.MoneyView;
import io.apotheca.http.PageView;
import io.apotheca.http.RenderedBodies;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

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
            Boolean active,
            String taxCategory,
            String schedule) {

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
                    active,
                    taxCategory,
                    schedule);
        }
    }

    private final ManageProductsUseCase products;
    private final SearchProductsUseCase search;
    private final Callers callers;
    private final RenderedBodies shopWindowBodies = new RenderedBodies();

    public ProductsResource(ManageProductsUseCase products, SearchProductsUseCase search, Callers callers) {
        this.products = products;
        this.search = search;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/products", this::list);
        routes.post("/api/v1/products", this::create, ApiRole.ADMIN);
        routes.get("/api/v1/products/{id}", this::view);
        routes.patch("/api/v1/products/{id}", this::update, ApiRole.ADMIN);
        routes.delete("/api/v1/products/{id}", this::deactivate, ApiRole.ADMIN);
    }

    private void list(Context ctx) {
        SearchProductsUseCase.Filters filters = new SearchProductsUseCase.Filters(
                text(ctx, "q"),
                text(ctx, "category").map(c -> parse("category", c, UUID::fromString, "must be a category id")),
                text(ctx, "manufacturer"),
                text(ctx, "requiresPrescription")
                        .map(b -> parse("requiresPrescription", b, ProductsResource::bool, "must be true or false")),
                text(ctx, "minPrice")
                        .map(p -> parse("minPrice", p, Long::valueOf, "must be a whole number of minor units")),
                text(ctx, "maxPrice")
                        .map(p -> parse("maxPrice", p, Long::valueOf, "must be a whole number of minor units")));
        Responses.respondConditionally(
                ctx,
                search.search(filters, Requests.page(ctx)),
                page -> PageView.of(page, ProductView::of),
                shopWindowBodies);
    }

    private static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(v -> !v.isBlank());
    }

    private static <T> T parse(String field, String text, Function<String, T> parser, String message) {
        try {
            return parser.apply(text.trim());
        } catch (IllegalArgumentException e) {
            throw Requests.invalid(field, message);
        }
    }

    private static Boolean bool(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        };
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
        Responses.respondConditionally(ctx, products.view(callers.of(ctx), Requests.id(ctx, "id")), ProductView::of);
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
