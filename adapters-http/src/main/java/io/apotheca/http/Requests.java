package io.apotheca.http;

import io.apotheca.application.shared.PageRequest;
import io.apotheca.http.problem.FieldError;
import io.apotheca.http.problem.Problem;
import io.apotheca.http.problem.ProblemException;
import io.apotheca.http.problem.ProblemResponses;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading what a request carries: its JSON body, page parameters, ids in the path. */
public final class Requests {

    private Requests() {}

    /**
     * The JSON body. A body declared as anything but JSON is a 415 problem; an empty, {@code null} or
     * malformed one is a 400 problem.
     */
    public static <T> T body(Context ctx, Class<T> type) {
        String declared = ctx.contentType();
        if (declared != null && !JsonMapping.isJson(declared)) {
            throw new ProblemException(Problem.of(
                    415, "unsupported_media_type", "Unsupported media type", "Send the body as application/json."));
        }
        String raw = ctx.body().strip();
        if (raw.isEmpty() || raw.equals("null")) {
            throw new ProblemException(ProblemResponses.jsonObjectRequired());
        }
        return ctx.bodyAsClass(type);
    }

    /** Refuses a query whose names or values hold the NUL character, which no column can store (400). */
    static void refuseNulInQuery(Context ctx) {
        ctx.queryParamMap().forEach((name, values) -> {
            if (name.indexOf('\u0000') >= 0 || values.stream().anyMatch(value -> value.indexOf('\u0000') >= 0)) {
                throw invalid(name.replace('\u0000', '?'), "may not hold the NUL character");
            }
        });
    }

    /** {@code ?limit=} (default 20, 1 to 100) and {@code ?cursor=}. */
    public static PageRequest page(Context ctx) {
        String limit = ctx.queryParam("limit");
        int value = PageRequest.DEFAULT_LIMIT;
        if (limit != null) {
            try {
                value = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                value = -1;
            }
            if (value < 1 || value > PageRequest.MAX_LIMIT) {
                throw invalid("limit", "must be a whole number from 1 to " + PageRequest.MAX_LIMIT);
            }
        }
        return new PageRequest(Optional.ofNullable(ctx.queryParam("cursor")).filter(c -> !c.isBlank()), value);
    }

    /** A path parameter that must be an id; anything else names no resource, so 404. */
    public static UUID id(Context ctx, String name) {
        try {
            return UUID.fromString(ctx.pathParam(name));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemResponses.notFound());
        }
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.validation(List.of(new FieldError(field, message))));
    }
}
