package io.apotheca.http.identity;

import io.apotheca.application.identity.port.in.IssueClientTokenUseCase;
import io.apotheca.application.identity.port.in.ManageApiClientsUseCase;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.identity.ApiClient;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.apotheca.http.problem.Problem;
import io.apotheca.http.problem.ProblemException;
import io.apotheca.http.problem.Refusals;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Prescribers' systems as API clients: administrators register (the secret shown once), list and
 * revoke them; a client trades its credentials for an access token with OAuth 2.0's
 * client-credentials grant (RFC 6749 section 4.4), sent as a form, the credentials in the form or
 * in an HTTP Basic header.
 */
public final class ApiClientsResource implements Resource {

    /** Where a client asks for an access token. */
    private static final String TOKEN_PATH = "/api/v1/auth/token";

    private static final String CLIENTS = "/api/v1/admin/api-clients";

    record RegisterBody(String name) {}

    private final ManageApiClientsUseCase clients;
    private final IssueClientTokenUseCase tokens;
    private final Callers callers;

    public ApiClientsResource(ManageApiClientsUseCase clients, IssueClientTokenUseCase tokens, Callers callers) {
        this.clients = clients;
        this.tokens = tokens;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(TOKEN_PATH, this::token);
        routes.post(CLIENTS, this::registerClient, ApiRole.ADMIN);
        routes.get(CLIENTS, this::list, ApiRole.ADMIN);
        routes.delete(CLIENTS + "/{id}", this::revoke, ApiRole.ADMIN);
    }

    private void registerClient(Context ctx) {
        RegisterBody body = Requests.body(ctx, RegisterBody.class);
        Responses.respond(ctx, clients.register(callers.of(ctx), body.name()), 201, registered -> {
            Map<String, Object> view = view(registered.client());
            view.put("clientSecret", registered.secret());
            return view;
        });
    }

    private void list(Context ctx) {
        Responses.respond(
                ctx,
                clients.list(callers.of(ctx)),
                200,
                list -> Map.of(
                        "items", list.stream().map(ApiClientsResource::view).toList()));
    }

    private void revoke(Context ctx) {
        Responses.noContent(ctx, clients.revoke(callers.of(ctx), Requests.id(ctx, "id")));
    }

    private void token(Context ctx) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("");
        if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new ProblemException(Problem.of(
                            400,
                            "invalid_request",
                            "Invalid request",
                            "A token request is a form (application/x-www-form-urlencoded), as OAuth 2.0 sends it.")
                    .with("error", "invalid_request"));
        }
        if (!"client_credentials".equals(ctx.formParam("grant_type"))) {
            throw new ProblemException(Problem.of(
                            400,
                            "unsupported_grant_type",
                            "Unsupported grant type",
                            "Only grant_type=client_credentials is served here; people sign in at /api/v1/auth/login.")
                    .with("error", "unsupported_grant_type"));
        }
        String[] credentials =
                basic(ctx).orElseGet(() -> new String[] {ctx.formParam("client_id"), ctx.formParam("client_secret")});
        Outcome<IssueClientTokenUseCase.ClientToken> outcome =
                tokens.token(callers.of(ctx), credentials[0], credentials[1]);
        if (outcome instanceof Outcome.Refused<IssueClientTokenUseCase.ClientToken> refused) {
            if (Refusals.statusOf(refused.refusal()) == 401) {
                ctx.header("WWW-Authenticate", "Basic realm=\"apotheca\"");
            }
            Refusals.send(ctx, refused.refusal());
            return;
        }
        IssueClientTokenUseCase.ClientToken token =
                ((Outcome.Done<IssueClientTokenUseCase.ClientToken>) outcome).value();
        ctx.header("Cache-Control", "no-store");
        ctx.status(200)
                .json(Map.of(
                        "access_token", token.accessToken(),
                        "token_type", "Bearer",
                        "expires_in", token.validFor().toSeconds()));
    }

    /** The id and secret of an HTTP Basic header (each form-encoded, as RFC 6749 section 2.3.1 says). */
    private static Optional<String[]> basic(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String pair =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon < 0) {
                return Optional.of(new String[] {null, null});
            }
            return Optional.of(new String[] {
                java.net.URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
                java.net.URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8)
            });
        } catch (IllegalArgumentException notBase64) {
            return Optional.of(new String[] {null, null});
        }
    }

    private static Map<String, Object> view(ApiClient client) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", client.id());
        view.put("name", client.name());
        view.put("active", client.active());
        view.put("createdAt", client.registered().at());
        view.put(
                "revokedAt",
                client.revoked()
                        .map(ApiClient.Decision::at)
                        .map(Instant::toString)
                        .orElse(null));
        return view;
    }
}
