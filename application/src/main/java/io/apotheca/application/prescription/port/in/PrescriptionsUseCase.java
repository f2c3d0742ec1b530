package io.apotheca.application.prescription.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Page;
import io.apotheca.application.shared.PageRequest;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.PrescriptionStatus;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Patients upload prescriptions for their orders awaiting one; the patient, verified pharmacists
 * and administrators read them and their documents; everyone else is told they do not exist.
 */
public interface PrescriptionsUseCase {

    /**
     * A file handed in for an order.
     *
     * @param orderId the order it is for
     * @param fileName the name the sender gave it, if any
     * @param declaredType the media type the sender declared, if any
     * @param content its bytes, read once
     */
    record Upload(UUID orderId, Optional<String> fileName, Optional<String> declaredType, InputStream content) {}

    /**
     * A prescription's stored document, checked against its checksum.
     *
     * @param prescription whose it is (its document names the type and size)
     * @param content the bytes, for the caller to stream and close
     */
    record Document(Prescription prescription, InputStream content) {}

    /**
     * Keeps the file (PDF, JPEG or PNG by its content, at most 10 MB) and puts the prescription in
     * the pharmacists' queue; only the order's patient, only while it awaits its prescription.
     */
    Outcome<Prescription> upload(Caller caller, Upload upload);

    Outcome<Prescription> view(Caller caller, UUID prescriptionId);

    /**
     * Oldest first: the pharmacists' queue (every patient's, by status) for a verified pharmacist, a
     * patient's own otherwise.
     */
    Outcome<Page<Prescription>> list(Caller caller, Optional<PrescriptionStatus> status, PageRequest page);

    /** The document, each reading recorded in the audit log. */
    Outcome<Document> document(Caller caller, UUID prescriptionId);
}
