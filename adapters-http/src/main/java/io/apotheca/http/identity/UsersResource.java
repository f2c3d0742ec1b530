package io.apotheca.http.identity;

import io.apotheca.application.identity.IdentityUseCases;
import io.apotheca.application.identity.port.in.UpdateProfileUseCase;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.UUID;

/** The signed-in account's own profile, and deleting accounts (its own, or any as an administrator). */
public final class UsersResource implements Resource {

    record ProfileBody(String fullName, String currentPassword, String newPassword) {}

    record PasswordBody(String password) {}

    record ReasonBody(String reason) {}

    private final IdentityUseCases identity;
    private final Callers callers;

    public UsersResource(IdentityUseCases identity, Callers callers) {
        this.identity = identity;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/users/me", this::me, ApiRole.SIGNED_IN);
        routes.patch("/api/v1/users/me", this::update, ApiRole.SIGNED_IN);
        routes.delete("/api/v1/users/me", this::deleteOwn, ApiRole.SIGNED_IN);
        routes.delete("/api/v1/users/{id}", this::delete, ApiRole.ADMIN);
    }

    private void deleteOwn(Context ctx) {
        PasswordBody body = Requests.body(ctx, PasswordBody.class);
        Responses.noContent(ctx, identity.deleteAccount().deleteOwn(callers.of(ctx), body.password()));
    }

    private void delete(Context ctx) {
        UUID id = Requests.id(ctx, "id");
        ReasonBody body = Requests.body(ctx, ReasonBody.class);
        Responses.noContent(ctx, identity.deleteAccount().delete(callers.of(ctx), id, body.reason()));
    }

    private void me(Context ctx) {
        Responses.respond(ctx, identity.viewProfile().profile(callers.of(ctx)), 200, UserView::of);
    }

    private void update(Context ctx) {
        ProfileBody body = Requests.body(ctx, ProfileBody.class);
        UpdateProfileUseCase.Change change = new UpdateProfileUseCase.Change(
                Optional.ofNullable(body.fullName()),
                Optional.ofNullable(body.currentPassword()),
                Optional.ofNullable(body.newPassword()));
        Responses.respond(ctx, identity.updateProfile().update(callers.of(ctx), change), 200, UserView::of);
    }
}
