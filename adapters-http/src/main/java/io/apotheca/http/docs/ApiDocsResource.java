package io.apotheca.http.docs;

import io.apotheca.http.Resource;
import io.apotheca.http.problem.ProblemException;
import io.apotheca.http.problem.ProblemResponses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The API describing itself: the OpenAPI document at {@code /openapi.json} and a page to browse it
 * at {@code /docs}. Open to anyone, outside {@code /api/v1}.
 */
public final class ApiDocsResource implements Resource {

    private static final String OWN_ASSET = "apotheca-docs.js";
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            ".js", "text/javascript; charset=utf-8",
            ".css", "text/css; charset=utf-8",
            ".png", "image/png");

    private final byte[] document;
    private final byte[] page;
    private final byte[] ownScript;
    private final SwaggerUi swaggerUi;

    public ApiDocsResource() {
        this.document = OpenApiDocument.asJson();
        this.page = OpenApiDocument.resource("docs.html");
        this.ownScript = OpenApiDocument.resource(OWN_ASSET);
        this.swaggerUi = SwaggerUi.fromWebjar();
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/openapi.json", this::document);
        routes.get("/docs", this::page);
        routes.get("/docs/{asset}", this::asset);
    }

    private void document(Context ctx) {
        ctx.contentType("application/json").header("Cache-Control", "no-cache").result(document);
    }

    private void page(Context ctx) {
        ctx.contentType("text/html; charset=utf-8")
                .header("Cache-Control", "no-cache")
                .result(page);
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("asset");
        byte[] bytes = OWN_ASSET.equals(name) ? ownScript : swaggerUi.asset(name);
        if (bytes == null) {
            throw new ProblemException(ProblemResponses.notFound());
        }
        ctx.contentType(MEDIA_TYPES.get(name.substring(name.lastIndexOf('.'))))
                .header("Cache-Control", "public, max-age=3600")
                .result(bytes);
    }
}
