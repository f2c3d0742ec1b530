package io.apotheca.fhir;

import io.apotheca.application.medication.port.in.MedicationRecord;
import io.apotheca.application.medication.port.in.ViewMedicationRecordUseCase;
import io.apotheca.application.medication.port.in.ViewMedicationRecordUseCase.Part;
import io.apotheca.application.prescription.port.in.ReceivePrescriptionsUseCase;
import io.apotheca.application.prescription.port.in.ReceivePrescriptionsUseCase.ElectronicPrescription;
import io.apotheca.application.prescription.port.in.ReceivePrescriptionsUseCase.Received;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Refusal;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.Transcription;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * The FHIR R4 routes under {@code /fhir/r4}: the CapabilityStatement; a patient, their
 * prescriptions and dispenses, and all of it, for those who may read the record; a transaction
 * Bundle from a prescriber's system, kept as a prescription waiting for a pharmacist. Answers are
 * {@code application/fhir+json}; errors are OperationOutcomes.
 */
public final class FhirResources {

    /** Where FHIR is served. */
    public static final String BASE = "/fhir/r4";

    private final ViewMedicationRecordUseCase records;
    private final ReceivePrescriptionsUseCase intake;
    private final Function<Context, Caller> callers;
    private final ToIntFunction<Refusal> statuses;
    private final Date started;

    /**
     * @param callers who calls, as the HTTP adapter authenticated them
     * @param statuses the HTTP status of each refusal, as the rest of the API answers it
     */
    public FhirResources(
            ViewMedicationRecordUseCase records,
            ReceivePrescriptionsUseCase intake,
            Function<Context, Caller> callers,
            ToIntFunction<Refusal> statuses,
            Clock clock) {
        this.records = records;
        this.intake = intake;
        this.callers = callers;
        this.statuses = statuses;
        this.started = Date.from(clock.instant());
    }

    /** Registers the routes. */
    public void register(RoutesConfig routes) {
        routes.get(BASE + "/metadata", ctx -> FhirJson.send(ctx, 200, ServedCapabilities.of(base(ctx), started)));
        routes.get(BASE + "/Patient/{id}", this::patient);
        routes.get(BASE + "/Patient/{id}/$everything", this::everything);
        routes.get(BASE + "/MedicationRequest", ctx -> search(ctx, "MedicationRequest", Part.PRESCRIPTIONS));
        routes.get(BASE + "/MedicationDispense", ctx -> search(ctx, "MedicationDispense", Part.DISPENSES));
        routes.post(BASE, this::transaction);
        routes.post(BASE + "/Bundle", this::transaction);
        routes.exception(
                UnprocessableMessage.class, (e, ctx) -> OperationOutcomes.send(ctx, 400, e.code(), e.getMessage()));
        routes.exception(
                ResourceNotFound.class,
                (e, ctx) -> OperationOutcomes.send(ctx, 404, "not_found", "There is no such resource."));
    }

    private void patient(Context ctx) {
        if (anonymous(ctx)) {
            return;
        }
        read(ctx, id(ctx.pathParam("id")), Part.PATIENT)
                .ifPresent(record -> FhirJson.send(ctx, 200, new RecordResources(record).patient()));
    }

    private void everything(Context ctx) {
        if (anonymous(ctx)) {
            return;
        }
        UUID patient = id(ctx.pathParam("id"));
        SearchBundles.Paging paging = paging(ctx);
        read(ctx, patient, Part.EVERYTHING).ifPresent(record -> {
            RecordResources resources = new RecordResources(record);
            List<Resource> all = new ArrayList<>();
            all.add(resources.patient());
            all.addAll(resources.requests());
            all.addAll(resources.dispenses());
            FhirJson.send(ctx, 200, SearchBundles.page(base(ctx), "Patient/" + patient + "/$everything", all, paging));
        });
    }

    private void search(Context ctx, String type, Part part) {
        if (anonymous(ctx)) {
            return;
        }
        String reference =
                Optional.ofNullable(ctx.queryParam("patient")).orElse("").trim();
        if (reference.isEmpty()) {
            throw new UnprocessableMessage("invalid_search", "A search names its patient: ?patient=<id>.");
        }
        UUID patient = id(reference.startsWith("Patient/") ? reference.substring("Patient/".length()) : reference);
        SearchBundles.Paging paging = paging(ctx);
        read(ctx, patient, part).ifPresent(record -> {
            RecordResources resources = new RecordResources(record);
            List<? extends Resource> matches =
                    part == Part.PRESCRIPTIONS ? resources.requests() : resources.dispenses();
            FhirJson.send(ctx, 200, SearchBundles.page(base(ctx), type + "?patient=" + patient, matches, paging));
        });
    }

    private void transaction(Context ctx) {
        Caller caller = callers.apply(ctx);
        if (anonymous(ctx)) {
            return;
        }
        // who may send is checked before the body is read, as everywhere in the API
        if (caller.principal().get().role() != Role.PRESCRIBER_SYSTEM) {
            refuse(ctx, Refusal.forbidden());
            return;
        }
        ElectronicPrescription message;
        try {
            message = PrescriptionMessages.read(ctx.bodyAsBytes());
        } catch (UnprocessableMessage e) {
            OperationOutcomes.send(ctx, 422, e.code(), e.getMessage());
            return;
        }
        Outcome<Received> outcome = intake.receive(caller, message);
        if (outcome instanceof Outcome.Refused<Received> refused) {
            refuse(ctx, refused.refusal());
            return;
        }
        Received received = ((Outcome.Done<Received>) outcome).value();
        FhirJson.send(ctx, 200, response(received, message));
    }

    /** One response entry per request entry: the requests as the prescription's items, in order. */
    private static Bundle response(Received received, ElectronicPrescription message) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        Prescription prescription = received.prescription();
        List<String> items = prescription.currentTranscription().map(Transcription::items).orElse(List.of()).stream()
                .map(i -> "MedicationRequest/" + i.id())
                .toList();
        String status = received.replayed() ? "200 OK" : "201 Created";
        Bundle sent = (Bundle) FhirJson.context()
                .newJsonParser()
                .parseResource(new String(message.message(), java.nio.charset.StandardCharsets.UTF_8));
        int request = 0;
        for (Bundle.BundleEntryComponent entry : sent.getEntry()) {
            Bundle.BundleEntryResponseComponent response = bundle.addEntry().getResponse();
            if (entry.getResource() instanceof org.hl7.fhir.r4.model.MedicationRequest && request < items.size()) {
                response.setStatus(status).setLocation(items.get(request++));
            } else if (entry.getResource() instanceof org.hl7.fhir.r4.model.Patient) {
                response.setStatus("200 OK")
                        .setLocation("Patient/" + prescription.submission().customer());
            } else {
                response.setStatus("200 OK");
            }
        }
        return bundle;
    }

    /** Answers 401 to a caller who is not signed in, before anything else is looked at. */
    private boolean anonymous(Context ctx) {
        if (callers.apply(ctx).principal().isPresent()) {
            return false;
        }
        refuse(ctx, Refusal.unauthenticated());
        return true;
    }

    private Optional<MedicationRecord> read(Context ctx, UUID patient, Part part) {
        Outcome<MedicationRecord> outcome = records.read(callers.apply(ctx), patient, part);
        if (outcome instanceof Outcome.Refused<MedicationRecord> refused) {
            refuse(ctx, refused.refusal());
            return Optional.empty();
        }
        return Optional.of(((Outcome.Done<MedicationRecord>) outcome).value());
    }

    private void refuse(Context ctx, Refusal refusal) {
        int status = statuses.applyAsInt(refusal);
        // FHIR answers a resource that breaks the server's rules with 422, not 400
        if (refusal.reason() == CommonReason.VALIDATION_FAILED) {
            status = 422;
        }
        refusal.retryAfter().ifPresent(wait -> ctx.header("Retry-After", Long.toString(Math.max(1, wait.toSeconds()))));
        String fields = refusal.fieldProblems().stream()
                .map(p -> p.field() + " " + p.message())
                .reduce((a, b) -> a + "; " + b)
                .map(f -> " " + f)
                .orElse("");
        OperationOutcomes.send(ctx, status, refusal.reason().code(), refusal.message() + fields);
    }

    private static SearchBundles.Paging paging(Context ctx) {
        try {
            int count = Optional.ofNullable(ctx.queryParam("_count"))
                    .map(Integer::parseInt)
                    .orElse(SearchBundles.DEFAULT_COUNT);
            int offset = Optional.ofNullable(ctx.queryParam("_offset"))
                    .map(Integer::parseInt)
                    .orElse(0);
            return new SearchBundles.Paging(Math.min(count, SearchBundles.MAX_COUNT), offset);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableMessage(
                    "invalid_search", "_count is 1 to " + SearchBundles.MAX_COUNT + " and _offset 0 or more.");
        }
    }

    private static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ResourceNotFound();
        }
    }

    private static String base(Context ctx) {
        return ctx.scheme() + "://" + ctx.host() + BASE;
    }

    /** A resource id that names nothing Apotheca could hold. */
    static final class ResourceNotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ResourceNotFound() {
            super(null, null, false, false);
        }
    }
}
