package io.apotheca.http.identity;

import io.apotheca.application.identity.IdentityUseCases;
import io.apotheca.application.identity.port.in.LoginUseCase;
import io.apotheca.application.identity.port.in.RegisterCustomerUseCase;
import io.apotheca.application.identity.port.in.ResetPasswordUseCase;
import io.apotheca.application.shared.Outcome;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.apotheca.http.problem.Refusals;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Registration, sign-in, refresh and sign-out; e-mail verification and password reset. */
public final class AuthResource implements Resource {

    record RegisterBody(String email, String password, String fullName) {}

    record LoginBody(String email, String password) {}

    record RefreshBody(String refreshToken) {}

    record TokenBody(String token) {}

    record ResetRequestBody(String email) {}

    record ResetBody(String token, String newPassword) {}

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
        routes.post("/api/v1/auth/verify-email", this::verifyEmail);
        routes.post("/api/v1/auth/resend-verification", this::resendVerification, ApiRole.SIGNED_IN);
        routes.post("/api/v1/auth/password-reset", this::requestPasswordReset);
        routes.post("/api/v1/auth/password-reset/confirm", this::resetPassword);
    }

    private void verifyEmail(Context ctx) {
        TokenBody body = Requests.body(ctx, TokenBody.class);
        Responses.respond(ctx, identity.verifyEmail().verify(callers.of(ctx), body.token()), 200, UserView::of);
    }

    private void resendVerification(Context ctx) {
        accepted(ctx, identity.resendVerification().resend(callers.of(ctx)));
    }

    private void requestPasswordReset(Context ctx) {
        ResetRequestBody body = Requests.body(ctx, ResetRequestBody.class);
        accepted(ctx, identity.requestPasswordReset().request(callers.of(ctx), body.email()));
    }

    private void resetPassword(Context ctx) {
        ResetBody body = Requests.body(ctx, ResetBody.class);
        Responses.respond(
                ctx,
                identity.resetPassword()
                        .reset(callers.of(ctx), new ResetPasswordUseCase.NewPassword(body.token(), body.newPassword())),
                200,
                UserView::of);
    }

    /** 202: the e-mail it asked for will be sent, or, for a reset of an unknown address, nothing will. */
    private static void accepted(Context ctx, Outcome<Boolean> outcome) {
        if (outcome instanceof Outcome.Refused<Boolean> refused) {
            Refusals.send(ctx, refused.refusal());
        } else {
            ctx.status(202).json(java.util.Map.of("accepted", true));
        }
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
