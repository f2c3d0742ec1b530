package io.apotheca.http.identity;

import io.apotheca.application.identity.port.in.DeleteAccountUseCase;
import io.apotheca.application.identity.port.in.UpdateProfileUseCase;
import io.apotheca.application.identity.port.in.ViewProfileUseCase;
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

    private final DeleteAccountUseCase deleteAccount;
    private final ViewProfileUseCase viewProfile;
    private final UpdateProfileUseCase updateProfile;
    private final Callers callers;

    public UsersResource(
            DeleteAccountUseCase deleteAccount,
            ViewProfileUseCase viewProfile,
            UpdateProfileUseCase updateProfile,
            Callers callers) {
        this.deleteAccount = deleteAccount;
        this.viewProfile = viewProfile;
        this.updateProfile = updateProfile;
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
        Responses.noContent(ctx, deleteAccount.deleteOwn(callers.of(ctx), body.password()));
    }

    private void delete(Context ctx) {
        UUID id = Requests.id(ctx, "id");
        ReasonBody body = Requests.body(ctx, ReasonBody.class);
        Responses.noContent(ctx, deleteAccount.delete(callers.of(ctx), id, body.reason()));
    }

    private void me(Context ctx) {
        Responses.respond(ctx, viewProfile.profile(callers.of(ctx)), 200, UserView::of);
    }

    private void update(Context ctx) {
        ProfileBody body = Requests.body(ctx, ProfileBody.class);
        UpdateProfileUseCase.Change change = new UpdateProfileUseCase.Change(
                Optional.ofNullable(body.fullName()),
                Optional.ofNullable(body.currentPassword()),
                Optional.ofNullable(body.newPassword()));
        Responses.respond(ctx, updateProfile.update(callers.of(ctx), change), 200, UserView::of);
    }
}
