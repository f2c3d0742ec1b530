package io.apotheca.http.identity;

import io.apotheca.application.identity.IdentityUseCases;
import io.apotheca.application.identity.port.in.LoginUseCase;
import io.apotheca.application.identity.port.in.RegisterCustomerUseCase;
import io.apotheca.application.shared.Outcome;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.apotheca.http.problem.Refusals;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Registration, sign-in, refresh and sign-out. */
public final class AuthResource implements Resource {

    record RegisterBody(String email, String password, String fullName) {}

    record LoginBody(String email, String password) {}

    record RefreshBody(String refreshToken) {}

    private final IdentityUseCases identity;
    private final Callers callers;

    public AuthResource(IdentityUseCases identity, Callers callers) {
        this.identity = identity;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/auth/register", this::registerCustomer);
        routes.post("/api/v1/auth/login", this::login);
        routes.post("/api/v1/auth/refresh", this::refresh);
        routes.post("/api/v1/auth/logout", this::logout, ApiRole.SIGNED_IN);
    }

    private void registerCustomer(Context ctx) {
        RegisterBody body = Requests.body(ctx, RegisterBody.class);
        Responses.respond(
                ctx,
                identity.registerCustomer()
                        .register(
                                callers.of(ctx),
                                new RegisterCustomerUseCase.Registration(
                                        body.email(), body.password(), body.fullName())),
                201,
                UserView::of);
    }

    private void login(Context ctx) {
        LoginBody body = Requests.body(ctx, LoginBody.class);
        Responses.respond(
                ctx,
                identity.login().login(callers.of(ctx), new LoginUseCase.Credentials(body.email(), body.password())),
                200,
                TokensView::of);
    }

    private void refresh(Context ctx) {
        RefreshBody body = Requests.body(ctx, RefreshBody.class);
        Responses.respond(ctx, identity.refresh().refresh(callers.of(ctx), body.refreshToken()), 200, TokensView::of);
    }

    private void logout(Context ctx) {
        String refreshToken = ctx.body().isBlank()
                ? null
                : Requests.body(ctx, RefreshBody.class).refreshToken();
        Outcome<Boolean> outcome = identity.logout().logout(callers.of(ctx), refreshToken);
        if (outcome instanceof Outcome.Refused<Boolean> refused) {
            Refusals.send(ctx, refused.refusal());
        } else {
            ctx.status(204);
        }
    }
}
