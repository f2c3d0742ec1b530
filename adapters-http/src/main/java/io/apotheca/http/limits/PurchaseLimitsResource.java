package io.apotheca.http.limits;

import io.apotheca.application.limits.port.in.ManagePurchaseLimitsUseCase;
import io.apotheca.application.limits.port.in.ManagePurchaseLimitsUseCase.Draft;
import io.apotheca.application.limits.port.in.ManagePurchaseLimitsUseCase.ProductDraft;
import io.apotheca.application.limits.port.in.ManagePurchaseLimitsUseCase.RuleDraft;
import io.apotheca.application.limits.port.out.OrderMaxima.Maximum;
import io.apotheca.application.limits.port.out.PurchaseLimitGroups.Stored;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** An administrator's purchase limits: limit groups with their rules and products, and maxima per order. */
public final class PurchaseLimitsResource implements Resource {

    private static final String GROUPS = "/api/v1/admin/purchase-limits";
    private static final String MAXIMA = GROUPS + "/per-order";

    record GroupBody(String name, String unit, List<RuleDraft> rules, List<ProductDraft> products) {

        Draft draft() {
            return new Draft(name, unit, rules, products);
        }
    }

    record RuleView(long most, String window) {}

    record ProductView(String productId, long amountPerUnit) {}

    record GroupView(String id, String name, String unit, List<RuleView> rules, List<ProductView> products) {

        static GroupView of(Stored stored) {
            return new GroupView(
                    stored.id().toString(),
                    stored.group().name(),
                    stored.group().unit(),
                    stored.group().rules().stream()
                            .map(r -> new RuleView(r.most(), r.window().toString()))
                            .toList(),
                    stored.group().amountPerUnit().entrySet().stream()
                            .sorted(Comparator.comparing(e -> e.getKey().value()))
                            .map(e -> new ProductView(e.getKey().toString(), e.getValue()))
                            .toList());
        }
    }

    record GroupsView(List<GroupView> items) {}

    record MaximumBody(Integer maxUnits) {}

    record MaximumView(String productId, int maxUnits) {

        static MaximumView of(Maximum maximum) {
            return new MaximumView(maximum.product().toString(), maximum.units());
        }
    }

    record MaximaView(List<MaximumView> items) {}

    private final ManagePurchaseLimitsUseCase limits;
    private final Callers callers;

    public PurchaseLimitsResource(ManagePurchaseLimitsUseCase limits, Callers callers) {
        this.limits = limits;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        // the maxima first: their path would otherwise be read as a group's id
        routes.get(MAXIMA, this::maxima, ApiRole.ADMIN);
        routes.put(MAXIMA + "/{productId}", this::setMaximum, ApiRole.ADMIN);
        routes.delete(MAXIMA + "/{productId}", this::removeMaximum, ApiRole.ADMIN);
        routes.get(GROUPS, this::list, ApiRole.ADMIN);
        routes.post(GROUPS, this::create, ApiRole.ADMIN);
        routes.get(GROUPS + "/{id}", this::get, ApiRole.ADMIN);
        routes.put(GROUPS + "/{id}", this::replace, ApiRole.ADMIN);
        routes.delete(GROUPS + "/{id}", this::delete, ApiRole.ADMIN);
    }

    private void list(Context ctx) {
        Responses.respond(
                ctx,
                limits.list(callers.of(ctx)),
                200,
                groups -> new GroupsView(groups.stream().map(GroupView::of).toList()));
    }

    private void create(Context ctx) {
        Draft draft = Requests.body(ctx, GroupBody.class).draft();
        Responses.respond(ctx, limits.create(callers.of(ctx), draft), 201, GroupView::of);
    }

    private void get(Context ctx) {
        Responses.respond(ctx, limits.get(callers.of(ctx), Requests.id(ctx, "id")), 200, GroupView::of);
    }

    private void replace(Context ctx) {
        UUID id = Requests.id(ctx, "id");
        Draft draft = Requests.body(ctx, GroupBody.class).draft();
        Responses.respond(ctx, limits.replace(callers.of(ctx), id, draft), 200, GroupView::of);
    }

    private void delete(Context ctx) {
        Responses.noContent(ctx, limits.delete(callers.of(ctx), Requests.id(ctx, "id")));
    }

    private void maxima(Context ctx) {
        Responses.respond(
                ctx,
                limits.maxima(callers.of(ctx)),
                200,
                maxima -> new MaximaView(maxima.stream().map(MaximumView::of).toList()));
    }

    private void setMaximum(Context ctx) {
        UUID product = Requests.id(ctx, "productId");
        Integer units = Requests.body(ctx, MaximumBody.class).maxUnits();
        Responses.respond(ctx, limits.setMaximum(callers.of(ctx), product, units), 200, MaximumView::of);
    }

    private void removeMaximum(Context ctx) {
        Responses.noContent(ctx, limits.removeMaximum(callers.of(ctx), Requests.id(ctx, "productId")));
    }
}
