package io.apotheca.http.prescription;

import io.apotheca.application.prescription.port.in.PrescriptionsUseCase;
import io.apotheca.application.prescription.port.in.PrescriptionsUseCase.Document;
import io.apotheca.application.prescription.port.in.PrescriptionsUseCase.Upload;
import io.apotheca.application.prescription.port.in.ReviewPrescriptionsUseCase;
import io.apotheca.application.prescription.port.in.ReviewPrescriptionsUseCase.Approval;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.prescription.PrescriptionStatus;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.PageView;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.apotheca.http.Uploads;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Prescriptions: patients upload them ({@code multipart/form-data}), verified pharmacists work the
 * queue, claim, approve and reject; the document is streamed only to those who may see it.
 */
public final class PrescriptionsResource implements Resource {

    record ApproveBody(String notes, LocalDate validUntil) {}

    record RejectBody(String reason) {}

    private final PrescriptionsUseCase prescriptions;
    private final ReviewPrescriptionsUseCase review;
    private final Callers callers;

    public PrescriptionsResource(
            PrescriptionsUseCase prescriptions, ReviewPrescriptionsUseCase review, Callers callers) {
        this.prescriptions = prescriptions;
        this.review = review;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/prescriptions", this::upload, ApiRole.CUSTOMER);
        routes.get("/api/v1/prescriptions", this::list, ApiRole.CUSTOMER, ApiRole.PHARMACIST);
        routes.get("/api/v1/prescriptions/{id}", this::view, ApiRole.SIGNED_IN);
        routes.get("/api/v1/prescriptions/{id}/document", this::document, ApiRole.SIGNED_IN);
        routes.post("/api/v1/prescriptions/{id}/claim", this::claim, ApiRole.PHARMACIST);
        routes.post("/api/v1/prescriptions/{id}/approve", this::approve, ApiRole.PHARMACIST);
        routes.post("/api/v1/prescriptions/{id}/reject", this::reject, ApiRole.PHARMACIST);
    }

    private void upload(Context ctx) {
        UploadedFile file = Uploads.file(ctx, "file");
        UUID orderId = orderId(ctx.formParam("orderId"));
        try (InputStream content = file.content()) {
            Upload upload = new Upload(
                    orderId,
                    Optional.ofNullable(file.filename()).filter(n -> !n.isBlank()),
                    Optional.ofNullable(file.contentType()).filter(t -> !t.isBlank()),
                    content);
            Responses.respond(ctx, prescriptions.upload(callers.of(ctx), upload), 201, PrescriptionView::of);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UUID orderId(String text) {
        try {
            if (text != null && text.length() == 36) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw Requests.invalid("orderId", "must be the id of your order");
    }

    private void list(Context ctx) {
        Optional<PrescriptionStatus> status = Optional.ofNullable(ctx.queryParam("status"))
                .filter(s -> !s.isBlank())
                .map(s -> {
                    try {
                        return PrescriptionStatus.valueOf(s);
                    } catch (IllegalArgumentException e) {
                        throw Requests.invalid("status", "must be PENDING_REVIEW, APPROVED, REJECTED or EXPIRED");
                    }
                });
        Responses.respond(
                ctx,
                prescriptions.list(callers.of(ctx), status, Requests.page(ctx)),
                200,
                page -> PageView.of(page, PrescriptionView::of));
    }

    private void view(Context ctx) {
        Responses.respond(ctx, prescriptions.view(callers.of(ctx), Requests.id(ctx, "id")), 200, PrescriptionView::of);
    }

    /** Streams the stored bytes; never rendered inline, never cached, never sniffed by the browser. */
    private void document(Context ctx) {
        Outcome<Document> outcome = prescriptions.document(callers.of(ctx), Requests.id(ctx, "id"));
        if (outcome instanceof Outcome.Done<Document> done) {
            Document document = done.value();
            var stored = document.prescription().submission().document();
            // streamed as stored: a gzipped body would disagree with the document's size and type
            ctx.disableCompression();
            ctx.status(200)
                    .contentType(stored.type().mediaType())
                    .header(
                            "Content-Disposition",
                            "attachment; filename=\"prescription-"
                                    + document.prescription().id() + "."
                                    + stored.type().extension() + "\"")
                    .result(document.content());
            return;
        }
        Responses.respond(ctx, outcome, 200, d -> d);
    }

    private void claim(Context ctx) {
        Responses.respond(ctx, review.claim(callers.of(ctx), Requests.id(ctx, "id")), 200, PrescriptionView::of);
    }

    private void approve(Context ctx) {
        UUID id = Requests.id(ctx, "id");
        ApproveBody body = ctx.body().isBlank() ? new ApproveBody(null, null) : Requests.body(ctx, ApproveBody.class);
        Responses.respond(
                ctx,
                review.approve(callers.of(ctx), id, new Approval(body.notes(), body.validUntil())),
                200,
                PrescriptionView::of);
    }

    private void reject(Context ctx) {
        UUID id = Requests.id(ctx, "id");
        String reason = Requests.body(ctx, RejectBody.class).reason();
        Responses.respond(ctx, review.reject(callers.of(ctx), id, reason), 200, PrescriptionView::of);
    }
}
