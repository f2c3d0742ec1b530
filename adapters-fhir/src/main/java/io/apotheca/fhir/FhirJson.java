package io.apotheca.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import io.javalin.http.Context;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** FHIR R4 JSON: one context for the process (building it reads every resource definition once). */
final class FhirJson {

    /** The media type of every FHIR answer. */
    static final String MEDIA_TYPE = "application/fhir+json";

    private static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private FhirJson() {}

    static FhirContext context() {
        return CONTEXT;
    }

    /** A parser that refuses what R4 does not define (unknown elements, wrong types), not one that skips it. */
    static IParser strictParser() {
        return CONTEXT.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    static void send(Context ctx, int status, IBaseResource resource) {
        ctx.status(status)
                .contentType(MEDIA_TYPE + "; charset=utf-8")
                .result(CONTEXT.newJsonParser().encodeResourceToString(resource));
    }
}
