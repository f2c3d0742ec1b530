package io.apotheca.http.outbound;

import io.apotheca.application.outbound.port.in.ManageWebhookEndpointsUseCase;
import io.apotheca.application.outbound.port.in.ManageWebhookEndpointsUseCase.EndpointChange;
import io.apotheca.application.outbound.port.in.ManageWebhookEndpointsUseCase.EndpointRequest;
import io.apotheca.application.outbound.port.out.EventDeliveries.DeliveryRecord;
import io.apotheca.domain.webhook.WebhookEndpoint;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.apotheca.http.problem.ProblemException;
import io.apotheca.http.problem.ProblemResponses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Webhook endpoints, for administrators only: register one (its signing secret shown once), list,
 * read, change (turning a disabled one on again), delete, roll its secret with an overlap, read its
 * delivery log and redeliver one delivery.
 */
public final class WebhookEndpointsResource implements Resource {

    private static final String ENDPOINTS = "/api/v1/admin/webhook-endpoints";
    private static final String ONE = ENDPOINTS + "/{id}";
    private static final int DEFAULT_LOG = 50;
    private static final long DEFAULT_OVERLAP_SECONDS = Duration.ofHours(24).toSeconds();

    record EndpointBody(String url, List<String> eventTypes, Boolean active) {}

    record RollBody(Long overlapSeconds) {}

    private final ManageWebhookEndpointsUseCase endpoints;
    private final Callers callers;

    public WebhookEndpointsResource(ManageWebhookEndpointsUseCase endpoints, Callers callers) {
        this.endpoints = endpoints;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(ENDPOINTS, this::create, ApiRole.ADMIN);
        routes.get(ENDPOINTS, this::list, ApiRole.ADMIN);
        routes.get(ONE, this::get, ApiRole.ADMIN);
        routes.patch(ONE, this::change, ApiRole.ADMIN);
        routes.delete(ONE, this::delete, ApiRole.ADMIN);
        routes.post(ONE + "/secret-rolls", this::roll, ApiRole.ADMIN);
        routes.get(ONE + "/deliveries", this::deliveries, ApiRole.ADMIN);
        routes.post(ONE + "/deliveries/{deliveryId}/redeliver", this::redeliver, ApiRole.ADMIN);
    }

    private void create(Context ctx) {
        EndpointBody body = Requests.body(ctx, EndpointBody.class);
        Responses.respond(
                ctx,
                endpoints.register(callers.of(ctx), new EndpointRequest(body.url(), body.eventTypes(), body.active())),
                201,
                registered -> withSecret(registered));
    }

    private void list(Context ctx) {
        Responses.respond(
                ctx,
                endpoints.list(callers.of(ctx)),
                200,
                all -> Map.of(
                        "items",
                        all.stream().map(WebhookEndpointsResource::view).toList()));
    }

    private void get(Context ctx) {
        Responses.respond(
                ctx, endpoints.get(callers.of(ctx), Requests.id(ctx, "id")), 200, WebhookEndpointsResource::view);
    }

    private void change(Context ctx) {
        EndpointBody body = Requests.body(ctx, EndpointBody.class);
        EndpointChange change = new EndpointChange(
                Optional.ofNullable(body.url()),
                Optional.ofNullable(body.eventTypes()),
                Optional.ofNullable(body.active()));
        Responses.respond(
                ctx,
                endpoints.change(callers.of(ctx), Requests.id(ctx, "id"), change),
                200,
                WebhookEndpointsResource::view);
    }

    private void delete(Context ctx) {
        Responses.noContent(ctx, endpoints.delete(callers.of(ctx), Requests.id(ctx, "id")));
    }

    private void roll(Context ctx) {
        String raw = ctx.body().strip();
        Long seconds = raw.isEmpty() ? null : Requests.body(ctx, RollBody.class).overlapSeconds();
        Duration overlap = Duration.ofSeconds(seconds == null ? DEFAULT_OVERLAP_SECONDS : seconds);
        Responses.respond(
                ctx,
                endpoints.rollSecret(callers.of(ctx), Requests.id(ctx, "id"), overlap),
                201,
                WebhookEndpointsResource::withSecret);
    }

    private void deliveries(Context ctx) {
        Responses.respond(
                ctx,
                endpoints.deliveries(callers.of(ctx), Requests.id(ctx, "id"), limit(ctx)),
                200,
                log -> Map.of(
                        "items",
                        log.stream().map(WebhookEndpointsResource::view).toList()));
    }

    private void redeliver(Context ctx) {
        long delivery;
        try {
            delivery = Long.parseLong(ctx.pathParam("deliveryId"));
        } catch (NumberFormatException notANumber) {
            throw new ProblemException(ProblemResponses.notFound());
        }
        Responses.respond(
                ctx,
                endpoints.redeliver(callers.of(ctx), Requests.id(ctx, "id"), delivery),
                202,
                WebhookEndpointsResource::view);
    }

    private static int limit(Context ctx) {
        String limit = ctx.queryParam("limit");
        if (limit == null) {
            return DEFAULT_LOG;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw Requests.invalid("limit", "must be a whole number from 1 to 100");
    }

    private static Map<String, Object> withSecret(ManageWebhookEndpointsUseCase.Registered registered) {
        Map<String, Object> view = view(registered.endpoint());
        view.put("secret", registered.secret());
        return view;
    }

    private static Map<String, Object> view(WebhookEndpoint endpoint) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", endpoint.id());
        view.put("url", endpoint.url().toString());
        view.put("eventTypes", List.copyOf(endpoint.eventTypes()));
        view.put("active", endpoint.active());
        view.put("disabledReason", endpoint.disabledReason().orElse(null));
        view.put(
                "previousSecretExpiresAt",
                endpoint.secrets().previousUntil().map(Instant::toString).orElse(null));
        view.put("createdAt", endpoint.createdAt().toString());
        return view;
    }

    private static Map<String, Object> view(DeliveryRecord delivery) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", delivery.id());
        view.put("eventId", delivery.eventId());
        view.put("eventType", delivery.eventType());
        view.put("status", delivery.status());
        view.put("attempts", delivery.attempts());
        view.put("queuedAt", delivery.queuedAt().toString());
        view.put(
                "lastAttemptAt", delivery.lastAttemptAt().map(Instant::toString).orElse(null));
        view.put(
                "lastResponseStatus",
                delivery.lastResponseStatus().isPresent()
                        ? delivery.lastResponseStatus().getAsInt()
                        : null);
        view.put("lastError", delivery.lastError().orElse(null));
        view.put(
                "nextAttemptAt", delivery.nextAttemptAt().map(Instant::toString).orElse(null));
        view.put("deliveredAt", delivery.deliveredAt().map(Instant::toString).orElse(null));
        return view;
    }
}
