/** HL7 FHIR R4: a patient's medication record served as FHIR resources, electronic prescriptions received. */
package io.apotheca.fhir;
