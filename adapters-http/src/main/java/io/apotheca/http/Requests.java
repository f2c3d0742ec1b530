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

    /** The JSON body; an empty or malformed one is a 400 problem. */
    public static <T> T body(Context ctx, Class<T> type) {
        T body = ctx.bodyAsClass(type);
        if (body == null) {
            throw new ProblemException(
                    Problem.of(400, "malformed_json", "Malformed JSON", "A JSON object is required."));
        }
        return body;
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
