package io.apotheca.bootstrap;

import io.apotheca.fhir.FhirResources;
import io.apotheca.fhir.OperationOutcomes;
import io.apotheca.http.problem.ErrorDialect;
import io.javalin.http.Context;

/** Errors under {@code /fhir/} leave as FHIR OperationOutcomes, whoever raised them. */
final class FhirErrors implements ErrorDialect {

    @Override
    public String pathPrefix() {
        return FhirResources.BASE.substring(0, FhirResources.BASE.lastIndexOf('/') + 1);
    }

    @Override
    public void send(Context ctx, int status, String code, String detail) {
        OperationOutcomes.send(ctx, status, code, detail);
    }
}
