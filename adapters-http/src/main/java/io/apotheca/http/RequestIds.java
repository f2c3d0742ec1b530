package io.apotheca.http;

import io.apotheca.application.shared.port.out.IdGenerator;
import io.javalin.http.Context;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id that follows it through the logs and back to the client in {@code
 * X-Request-Id}: the client's own when it is sane (at most 128 safe characters), a new one otherwise.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final IdGenerator ids;

    RequestIds(IdGenerator ids) {
        this.ids = ids;
    }

    void assign(Context ctx) {
        String offered = ctx.header(HEADER);
        String requestId = offered != null && SANE.matcher(offered).matches()
                ? offered
                : ids.next().toString();
        ctx.header(HEADER, requestId);
        MDC.put(MDC_KEY, requestId);
    }
}
