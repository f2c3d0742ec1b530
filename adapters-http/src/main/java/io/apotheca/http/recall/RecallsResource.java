package io.apotheca.http.recall;

import io.apotheca.application.recall.port.in.RecallLotUseCase;
import io.apotheca.application.recall.port.in.RecallReportsUseCase;
import io.apotheca.application.recall.port.out.Recalls.Kept;
import io.apotheca.application.shared.Outcome;
import io.apotheca.http.ApiRole;
import io.apotheca.http.Callers;
import io.apotheca.http.Requests;
import io.apotheca.http.Resource;
import io.apotheca.http.Responses;
import io.apotheca.http.recall.RecallViews.RecallSummaryView;
import io.apotheca.http.recall.RecallViews.RecallView;
import io.apotheca.http.recall.RecallViews.RecalledBatchView;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.UUID;

/** Recalling a lot (administrators), and the recall reports (administrators and verified pharmacists). */
public final class RecallsResource implements Resource {

    record RecallBody(String reason, String recallClass, String instructions) {}

    private final RecallLotUseCase recalls;
    private final RecallReportsUseCase reports;
    private final Callers callers;

    public RecallsResource(RecallLotUseCase recalls, RecallReportsUseCase reports, Callers callers) {
        this.recalls = recalls;
        this.reports = reports;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/inventory/batches/{id}/recall", this::recall, ApiRole.ADMIN);
        routes.get("/api/v1/inventory/recalls", this::list, ApiRole.ADMIN, ApiRole.PHARMACIST);
        routes.get("/api/v1/inventory/recalls/{id}", this::report, ApiRole.ADMIN, ApiRole.PHARMACIST);
    }

    private void recall(Context ctx) {
        UUID id = Requests.id(ctx, "id");
        RecallBody body = Requests.body(ctx, RecallBody.class);
        Responses.respond(
                ctx,
                recalls.recall(
                        callers.of(ctx),
                        id,
                        new RecallLotUseCase.Request(body.reason(), body.recallClass(), body.instructions())),
                200,
                RecalledBatchView::of);
    }

    private void list(Context ctx) {
        Responses.respond(
                ctx,
                reports.list(callers.of(ctx)),
                200,
                list -> Map.of("items", list.stream().map(RecallSummaryView::of).toList()));
    }

    /** The report as JSON, or as CSV when the client accepts {@code text/csv}. */
    private void report(Context ctx) {
        UUID id = Requests.id(ctx, "id");
        String accept = ctx.header("Accept");
        boolean csv =
                accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/csv");
        Outcome<Kept> report = reports.report(callers.of(ctx), id, csv ? "csv" : "json");
        if (csv && report instanceof Outcome.Done<Kept> done) {
            ctx.status(200)
                    .contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"recall-" + id + ".csv\"")
                    .result(RecallCsv.of(done.value()));
            return;
        }
        Responses.respond(ctx, report, 200, RecallView::of);
    }
}
