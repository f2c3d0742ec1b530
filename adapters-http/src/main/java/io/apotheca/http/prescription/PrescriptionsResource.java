package io.apotheca.http.prescription;

import io.apotheca.application.prescription.port.in.PrescriptionsUseCase;
import io.apotheca.application.prescription.port.in.PrescriptionsUseCase.Document;
import io.apotheca.application.prescription.port.in.PrescriptionsUseCase.OnFile;
import io.apotheca.application.prescription.port.in.PrescriptionsUseCase.Upload;
import io.apotheca.application.prescription.port.in.ReviewPrescriptionsUseCase;
import io.apotheca.application.prescription.port.in.ReviewPrescriptionsUseCase.Approval;
import io.apotheca.application.prescription.port.in.ReviewPrescriptionsUseCase.TranscriptionForm;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.prescription.PrescriptionStatus;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.PageView;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.apotheca.http.Uploads;
import io.apotheca.http.cart.CartView;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Prescriptions: patients upload them ({@code multipart/form-data}), verified pharmacists work the
 * queue, claim, approve (transcribing) and reject; the document is streamed only to those who may
 * see it; a patient puts a refill in the cart, and the patient or a pharmacist reads the patient's
 * dispensing history.
 */
public final class PrescriptionsResource implements Resource {

    /** An approval: the pharmacist's transcription, which only an upload made with its order may leave out. */
    record ApproveBody(String notes, LocalDate validUntil, TranscriptionBody transcription) {}

    record TranscriptionBody(
            PrescriberBody prescriber, LocalDate writtenOn, List<ReviewPrescriptionsUseCase.ItemForm> items) {}

    record PrescriberBody(String name, String registrationNumber, String deaNumber) {}

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
        routes.get("/api/v1/prescriptions/{id}/dispensing-history", this::history, ApiRole.SIGNED_IN);
        routes.post("/api/v1/prescriptions/{id}/items/{itemId}/refill", this::refill, ApiRole.CUSTOMER);
    }

    private void upload(Context ctx) {
        UploadedFile file = Uploads.file(ctx, "file");
        String orderField = ctx.formParam("orderId");
        UUID orderId = orderField == null || orderField.isBlank() ? null : orderId(orderField);
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
                        throw Requests.invalid(
                                "status", "must be PENDING_REVIEW, APPROVED, REJECTED, EXPIRED or EXHAUSTED");
                    }
                });
        Responses.respond(
                ctx,
                prescriptions.list(callers.of(ctx), status, Requests.page(ctx)),
                200,
                page -> PageView.of(page, (OnFile onFile) -> PrescriptionView.of(onFile)));
    }

    private void view(Context ctx) {
        Responses.respond(
                ctx,
                prescriptions.view(callers.of(ctx), Requests.id(ctx, "id")),
                200,
                (OnFile onFile) -> PrescriptionView.of(onFile));
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
        ApproveBody body =
                ctx.body().isBlank() ? new ApproveBody(null, null, null) : Requests.body(ctx, ApproveBody.class);
        Optional<TranscriptionForm> transcription = Optional.ofNullable(body.transcription())
                .map(t -> new TranscriptionForm(
                        t.prescriber() == null ? null : t.prescriber().name(),
                        t.prescriber() == null ? null : t.prescriber().registrationNumber(),
                        t.prescriber() == null ? null : t.prescriber().deaNumber(),
                        t.writtenOn(),
                        t.items() == null ? List.of() : t.items()));
        Responses.respond(
                ctx,
                review.approve(callers.of(ctx), id, new Approval(body.notes(), body.validUntil(), transcription)),
                200,
                PrescriptionView::of);
    }

    private void history(Context ctx) {
        Responses.respond(
                ctx,
                prescriptions.dispensingHistory(callers.of(ctx), Requests.id(ctx, "id")),
                200,
                fills -> Map.of(
                        "fills",
                        fills.stream().map(TranscriptionView.FillView::of).toList()));
    }

    private void refill(Context ctx) {
        Responses.respond(
                ctx,
                prescriptions.refill(callers.of(ctx), Requests.id(ctx, "id"), Requests.id(ctx, "itemId")),
                200,
                CartView::of);
    }

    private void reject(Context ctx) {
        UUID id = Requests.id(ctx, "id");
        String reason = Requests.body(ctx, RejectBody.class).reason();
        Responses.respond(ctx, review.reject(callers.of(ctx), id, reason), 200, PrescriptionView::of);
    }
}
