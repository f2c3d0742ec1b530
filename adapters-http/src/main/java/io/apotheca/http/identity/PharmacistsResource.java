package io.apotheca.http.identity;

import io.apotheca.application.identity.port.in.ApprovePharmacistUseCase;
import io.apotheca.application.identity.port.in.ListPharmacistsUseCase;
import io.apotheca.application.identity.port.in.RegisterPharmacistUseCase;
import io.apotheca.application.identity.port.in.RejectPharmacistUseCase;
import io.apotheca.application.identity.port.in.SuspendPharmacistUseCase;
import io.apotheca.domain.identity.LicenceStatus;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.PageView;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.UUID;

/** Pharmacists register with their licence; administrators verify, reject or suspend it. */
public final class PharmacistsResource implements Resource {

    record RegisterBody(
            String email, String password, String fullName, String licenseNumber, String licenseJurisdiction) {}

    record ReasonBody(String reason) {}

    private final RegisterPharmacistUseCase registerPharmacist;
    private final ListPharmacistsUseCase listPharmacists;
    private final ApprovePharmacistUseCase approvePharmacist;
    private final RejectPharmacistUseCase rejectPharmacist;
    private final SuspendPharmacistUseCase suspendPharmacist;
    private final Callers callers;

    public PharmacistsResource(
            RegisterPharmacistUseCase registerPharmacist,
            ListPharmacistsUseCase listPharmacists,
            ApprovePharmacistUseCase approvePharmacist,
            RejectPharmacistUseCase rejectPharmacist,
            SuspendPharmacistUseCase suspendPharmacist,
            Callers callers) {
        this.registerPharmacist = registerPharmacist;
        this.listPharmacists = listPharmacists;
        this.approvePharmacist = approvePharmacist;
        this.rejectPharmacist = rejectPharmacist;
        this.suspendPharmacist = suspendPharmacist;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/pharmacists/register", this::registerPharmacist);
        routes.get("/api/v1/pharmacists", this::list, ApiRole.ADMIN);
        routes.patch("/api/v1/pharmacists/{id}/approve", this::approve, ApiRole.ADMIN);
        routes.patch("/api/v1/pharmacists/{id}/reject", this::reject, ApiRole.ADMIN);
        routes.patch("/api/v1/pharmacists/{id}/suspend", this::suspend, ApiRole.ADMIN);
    }

    private void registerPharmacist(Context ctx) {
        RegisterBody body = Requests.body(ctx, RegisterBody.class);
        RegisterPharmacistUseCase.Registration registration = new RegisterPharmacistUseCase.Registration(
                body.email(), body.password(), body.fullName(), body.licenseNumber(), body.licenseJurisdiction());
        Responses.respond(ctx, registerPharmacist.register(callers.of(ctx), registration), 201, UserView::of);
    }

    private void list(Context ctx) {
        Optional<LicenceStatus> status = Optional.ofNullable(ctx.queryParam("licenseStatus"))
                .filter(s -> !s.isBlank())
                .map(PharmacistsResource::status);
        Responses.respond(
                ctx,
                listPharmacists.list(callers.of(ctx), status, Requests.page(ctx)),
                200,
                page -> PageView.of(page, UserView::of));
    }

    private void approve(Context ctx) {
        Responses.respond(ctx, approvePharmacist.approve(callers.of(ctx), Requests.id(ctx, "id")), 200, UserView::of);
    }

    private void reject(Context ctx) {
        UUID id = Requests.id(ctx, "id"); // an id that names nothing is 404 whatever the body
        String reason = Requests.body(ctx, ReasonBody.class).reason();
        Responses.respond(ctx, rejectPharmacist.reject(callers.of(ctx), id, reason), 200, UserView::of);
    }

    private void suspend(Context ctx) {
        UUID id = Requests.id(ctx, "id"); // an id that names nothing is 404 whatever the body
        String reason = Requests.body(ctx, ReasonBody.class).reason();
        Responses.respond(ctx, suspendPharmacist.suspend(callers.of(ctx), id, reason), 200, UserView::of);
    }

    private static LicenceStatus status(String text) {
        try {
            return LicenceStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw Requests.invalid("licenseStatus", "must be PENDING_VERIFICATION, VERIFIED, REJECTED or SUSPENDED");
        }
    }
}
