/**
 * A patient's medication record, whole: who they are, what was prescribed for them and what was
 * dispensed to them, lot by lot, as other health systems ask for it (FHIR, in the adapter).
 */
package io.apotheca.application.medication;
