package io.apotheca.application.prescription.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.prescription.Prescription;
import java.time.LocalDate;
import java.util.List;

/**
 * A prescriber's system (an API client, never a person) sends a prescription electronically. It is
 * kept on file for the patient, transcribed as the message says, waiting for a verified pharmacist
 * to verify it. The patient must match one of the pharmacy's customers and every medicine a product
 * of the catalog, or nothing is kept: no guess. A message is kept once, by its identifier.
 *
 * <p>The patient rule: the message names the patient by their Apotheca patient number (their
 * account id) <em>and</em> their e-mail address, and both must belong to one active customer
 * account. A number alone could be mistyped into another patient's; an e-mail alone could be
 * shared.
 */
public interface ReceivePrescriptionsUseCase {

    Outcome<Received> receive(Caller caller, ElectronicPrescription message);

    /**
     * An electronic prescription, as the adapter read it from its message.
     *
     * @param identifierSystem the namespace of the message's identifier
     * @param identifierValue the identifier, unique in that namespace
     * @param patientNumber the patient's Apotheca patient number, as the message gives it
     * @param patientEmails the e-mail addresses the message gives for the patient
     * @param prescriberName the prescriber's name
     * @param registrationNumber the prescriber's professional registration (NPI or licence)
     * @param deaNumber the prescriber's DEA number, or null
     * @param written the date written
     * @param items the medicines
     * @param message the message as it came, kept as the prescription's document
     */
    record ElectronicPrescription(
            String identifierSystem,
            String identifierValue,
            String patientNumber,
            List<String> patientEmails,
            String prescriberName,
            String registrationNumber,
            String deaNumber,
            LocalDate written,
            List<SentItem> items,
            byte[] message) {}

    /**
     * One medicine of the message.
     *
     * @param codes the codes naming the medicine, each a system and a code
     * @param quantity the units per fill
     * @param directions how to take it
     * @param daysSupply how many days one fill lasts
     * @param refills how many refills the prescriber authorised
     */
    record SentItem(List<Code> codes, Integer quantity, String directions, Integer daysSupply, Integer refills) {}

    /**
     * A code as the message gives it.
     *
     * @param system the coding system
     * @param code the code
     */
    record Code(String system, String code) {}

    /**
     * The prescription kept for the message.
     *
     * @param prescription the prescription, pending review (or as it stands now, for a message sent again)
     * @param replayed whether the message had been received before, and nothing new was kept
     */
    record Received(Prescription prescription, boolean replayed) {}
}
