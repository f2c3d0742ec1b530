package io.apotheca.http.identity;

import io.apotheca.application.identity.port.in.LoginUseCase;
import io.apotheca.application.identity.port.in.LogoutUseCase;
import io.apotheca.application.identity.port.in.RefreshSessionUseCase;
import io.apotheca.application.identity.port.in.RegisterCustomerUseCase;
import io.apotheca.application.identity.port.in.RequestPasswordResetUseCase;
import io.apotheca.application.identity.port.in.ResendVerificationUseCase;
import io.apotheca.application.identity.port.in.ResetPasswordUseCase;
import io.apotheca.application.identity.port.in.VerifyEmailUseCase;
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

    private final VerifyEmailUseCase verifyEmail;
    private final ResendVerificationUseCase resendVerification;
    private final RequestPasswordResetUseCase requestPasswordReset;
    private final ResetPasswordUseCase resetPassword;
    private final RegisterCustomerUseCase registerCustomer;
    private final LoginUseCase login;
    private final RefreshSessionUseCase refresh;
    private final LogoutUseCase logout;
    private final Callers callers;

    public AuthResource(
            VerifyEmailUseCase verifyEmail,
            ResendVerificationUseCase resendVerification,
            RequestPasswordResetUseCase requestPasswordReset,
            ResetPasswordUseCase resetPassword,
            RegisterCustomerUseCase registerCustomer,
            LoginUseCase login,
            RefreshSessionUseCase refresh,
            LogoutUseCase logout,
            Callers callers) {
        this.verifyEmail = verifyEmail;
        this.resendVerification = resendVerification;
        this.requestPasswordReset = requestPasswordReset;
        this.resetPassword = resetPassword;
        this.registerCustomer = registerCustomer;
        this.login = login;
        this.refresh = refresh;
        this.logout = logout;
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
        Responses.respond(ctx, verifyEmail.verify(callers.of(ctx), body.token()), 200, UserView::of);
    }

    private void resendVerification(Context ctx) {
        accepted(ctx, resendVerification.resend(callers.of(ctx)));
    }

    private void requestPasswordReset(Context ctx) {
        ResetRequestBody body = Requests.body(ctx, ResetRequestBody.class);
        accepted(ctx, requestPasswordReset.request(callers.of(ctx), body.email()));
    }

    private void resetPassword(Context ctx) {
        ResetBody body = Requests.body(ctx, ResetBody.class);
        Responses.respond(
                ctx,
                resetPassword.reset(
                        callers.of(ctx), new ResetPasswordUseCase.NewPassword(body.token(), body.newPassword())),
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
                registerCustomer.register(
                        callers.of(ctx),
                        new RegisterCustomerUseCase.Registration(body.email(), body.password(), body.fullName())),
                201,
                UserView::of);
    }

    private void login(Context ctx) {
        LoginBody body = Requests.body(ctx, LoginBody.class);
        Responses.respond(
                ctx,
                login.login(callers.of(ctx), new LoginUseCase.Credentials(body.email(), body.password())),
                200,
                TokensView::of);
    }

    private void refresh(Context ctx) {
        RefreshBody body = Requests.body(ctx, RefreshBody.class);
        Responses.respond(ctx, refresh.refresh(callers.of(ctx), body.refreshToken()), 200, TokensView::of);
    }

    private void logout(Context ctx) {
        String refreshToken = ctx.body().isBlank()
                ? null
                : Requests.body(ctx, RefreshBody.class).refreshToken();
        Outcome<Boolean> outcome = logout.logout(callers.of(ctx), refreshToken);
        if (outcome instanceof Outcome.Refused<Boolean> refused) {
            Refusals.send(ctx, refused.refusal());
        } else {
            ctx.status(204);
        }
    }
}
