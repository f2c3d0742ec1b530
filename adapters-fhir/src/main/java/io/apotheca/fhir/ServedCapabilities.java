package io.apotheca.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

/**
 * The CapabilityStatement of {@code /fhir/r4}: exactly what is served, no more. Patients are read
 * (with {@code $everything}); MedicationRequest and MedicationDispense are searched by patient; a
 * transaction Bundle (an electronic prescription) is accepted at the base and at {@code Bundle}.
 */
final class ServedCapabilities {

    private ServedCapabilities() {}

    static CapabilityStatement of(String base, Date since) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(since);
        statement.setPublisher("Apotheca");
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement
                .getImplementation()
                .setDescription("Apotheca pharmacy: medication records out, electronic prescriptions in")
                .setUrl(base);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json");
        CapabilityStatement.CapabilityStatementRestComponent rest = statement.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity()
                .setDescription("Bearer access tokens: patients, pharmacists and administrators sign in at"
                        + " /api/v1/auth/login; prescribers' systems get theirs with the client-credentials grant at"
                        + " /api/v1/auth/token.");
        rest.addInteraction().setCode(CapabilityStatement.SystemRestfulInteraction.TRANSACTION);

        CapabilityStatementRestResourceComponent patient = rest.addResource().setType("Patient");
        patient.addInteraction().setCode(TypeRestfulInteraction.READ);
        patient.addOperation()
                .setName("everything")
                .setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything");
        searchedByPatient(rest.addResource().setType("MedicationRequest"));
        searchedByPatient(rest.addResource().setType("MedicationDispense"));
        rest.addResource()
                .setType("Bundle")
                .addInteraction()
                .setCode(TypeRestfulInteraction.CREATE)
                .setDocumentation("A transaction Bundle holding an electronic prescription: the same as a transaction"
                        + " at the base.");
        return statement;
    }

    private static void searchedByPatient(CapabilityStatementRestResourceComponent resource) {
        resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        resource.addSearchParam()
                .setName("patient")
                .setType(SearchParamType.REFERENCE)
                .setDocumentation("Required.");
        resource.addSearchParam().setName("_count").setType(SearchParamType.NUMBER);
        resource.addSearchParam().setName("_offset").setType(SearchParamType.NUMBER);
    }
}
