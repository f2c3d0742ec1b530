package io.apotheca.http.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import io.apotheca.application.pricing.port.in.ManageShippingOptionsUseCase;
import io.apotheca.application.pricing.port.in.ManageShippingOptionsUseCase.Draft;
import io.apotheca.domain.pricing.ShippingOption;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.MoneyView;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Shipping options: the choices at checkout for anyone, every option for administrators, who write them. */
public final class ShippingOptionsResource implements Resource {

    record OptionBody(String name, MoneyView price, MoneyView freeOver, Boolean active) {

        /**
         * @param freeOverGiven whether the body names {@code freeOver} at all: {@code null} then removes
         *     the threshold, while leaving it out keeps it
         */
        Draft draft(boolean freeOverGiven) {
            Optional<Long> threshold = freeOver == null ? Optional.empty() : Optional.ofNullable(freeOver.amount());
            return new Draft(
                    name,
                    price == null ? null : price.amount(),
                    price == null ? null : price.currency(),
                    freeOverGiven ? threshold : null,
                    active);
        }
    }

    record OptionView(String id, String name, MoneyView price, MoneyView freeOver, boolean active) {

        static OptionView of(ShippingOption option) {
            return new OptionView(
                    option.id().toString(),
                    option.name(),
                    MoneyView.of(option.price()),
                    option.freeOver().map(MoneyView::of).orElse(null),
                    option.active());
        }
    }

    record OptionsView(List<OptionView> items) {}

    private final ManageShippingOptionsUseCase options;
    private final Callers callers;

    public ShippingOptionsResource(ManageShippingOptionsUseCase options, Callers callers) {
        this.options = options;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/v1/shipping-options",
                ctx -> Responses.respond(
                        ctx,
                        options.list(callers.of(ctx)),
                        200,
                        list -> new OptionsView(
                                list.stream().map(OptionView::of).toList())));
        routes.post("/api/v1/shipping-options", this::create, ApiRole.ADMIN);
        routes.patch("/api/v1/shipping-options/{id}", this::update, ApiRole.ADMIN);
    }

    private void create(Context ctx) {
        Draft draft = Requests.body(ctx, OptionBody.class).draft(true);
        Responses.respond(ctx, options.create(callers.of(ctx), draft), 201, OptionView::of);
    }

    private void update(Context ctx) {
        UUID id = Requests.id(ctx, "id");
        OptionBody body = Requests.body(ctx, OptionBody.class);
        boolean freeOverGiven = Requests.body(ctx, JsonNode.class).has("freeOver");
        Responses.respond(ctx, options.update(callers.of(ctx), id, body.draft(freeOverGiven)), 200, OptionView::of);
    }
}
