package io.apotheca.fhir;

/**
 * The identifier and code systems Apotheca writes and reads. Those of Apotheca's own naming live
 * under {@code https://apotheca.io/fhir/sid/}; the others are HL7's.
 */
public final class FhirSystems {

    /** A patient's Apotheca patient number (their account id), by which prescribers name them. */
    public static final String PATIENT_NUMBER = "https://apotheca.io/fhir/sid/patient-number";
    /** A prescription as Apotheca keeps it: its items share it as their group identifier. */
    public static final String PRESCRIPTION = "https://apotheca.io/fhir/sid/prescription";
    /** An order a fill was dispensed with. */
    public static final String ORDER = "https://apotheca.io/fhir/sid/order";
    /** A prescriber's registration that is not an NPI (a state licence, as transcribed). */
    public static final String PRESCRIBER_REGISTRATION = "https://apotheca.io/fhir/sid/prescriber-registration";
    /** A pharmacist's licence: {@code <jurisdiction>/<number>}. */
    public static final String PHARMACIST_LICENCE = "https://apotheca.io/fhir/sid/pharmacist-licence";
    /** The fills a prescription item still allows after those taken (an extension of dispenseRequest). */
    public static final String REFILLS_REMAINING = "https://apotheca.io/fhir/StructureDefinition/refills-remaining";
    /** The US National Provider Identifier. */
    public static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    /** A DEA registration number (HL7's OID for the DEA). */
    public static final String DEA = "urn:oid:2.16.840.1.113883.4.814";
    /** UCUM, for durations. */
    public static final String UCUM = "http://unitsofmeasure.org";

    private FhirSystems() {}
}
