package io.apotheca.http.catalog;

import io.apotheca.application.catalog.port.in.ManageCategoriesUseCase;
import io.apotheca.domain.catalog.Category;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.UUID;

/** The category tree: anyone reads it, administrators add to it. */
public final class CategoriesResource implements Resource {

    record CategoryBody(String name, String slug, UUID parentId) {}

    record CategoryView(String id, String name, String slug, String parentId) {

        static CategoryView of(Category c) {
            return new CategoryView(
                    c.id().toString(),
                    c.name(),
                    c.slug().value(),
                    c.parentId().map(CategoryId::toString).orElse(null));
        }
    }

    private final ManageCategoriesUseCase categories;
    private final Callers callers;

    public CategoriesResource(ManageCategoriesUseCase categories, Callers callers) {
        this.categories = categories;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/categories", this::list);
        routes.post("/api/v1/categories", this::create, ApiRole.ADMIN);
    }

    private void list(Context ctx) {
        ctx.json(
                Map.of("items", categories.list().stream().map(CategoryView::of).toList()));
    }

    private void create(Context ctx) {
        CategoryBody body = Requests.body(ctx, CategoryBody.class);
        Responses.respond(
                ctx,
                categories.create(
                        callers.of(ctx),
                        new ManageCategoriesUseCase.NewCategory(body.name(), body.slug(), body.parentId())),
                201,
                CategoryView::of);
    }
}
