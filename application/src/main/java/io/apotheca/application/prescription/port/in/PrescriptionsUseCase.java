package io.apotheca.application.prescription.port.in;

import io.apotheca.application.cart.port.in.ManageCartUseCase.PricedCart;
import io.apotheca.application.prescription.port.out.PrescriptionFills.FillRecord;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Page;
import io.apotheca.application.shared.PageRequest;
import io.apotheca.domain.prescription.PrescribedItem;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.PrescriptionStatus;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Patients upload prescriptions for their orders awaiting one, or to keep on file; the patient,
 * verified pharmacists
 * and administrators read them and their documents; everyone else is told they do not exist.
 */
public interface PrescriptionsUseCase {

    /**
     * A file handed in for an order, or to keep on file for later orders.
     *
     * @param orderId the order it is for; null to keep it on file
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

    /** The prescription with its items' use; each reading recorded in the audit log. */
    Outcome<OnFile> view(Caller caller, UUID prescriptionId);

    /**
     * Oldest first: the pharmacists' queue (every patient's, by status) for a verified pharmacist, a
     * patient's own otherwise; each with its items' use. Each reading is recorded in the audit log.
     */
    Outcome<Page<OnFile>> list(Caller caller, Optional<PrescriptionStatus> status, PageRequest page);

    // the queue (status PENDING_REVIEW) comes nearest review deadline first, then oldest first

    /**
     * The patient's dispensing history (newest first), as the patient or a pharmacist reviewing one of
     * the patient's prescriptions sees it; each reading recorded in the audit log.
     */
    Outcome<List<FillRecord>> dispensingHistory(Caller caller, UUID prescriptionId);

    /**
     * Puts one fill of the item in the patient's cart (its quantity per fill), when the item has a
     * fill left, is still valid and is not asked too soon; the cart as it then stands.
     */
    Outcome<PricedCart> refill(Caller caller, UUID prescriptionId, UUID itemId);

    /**
     * A prescription as the patient and the pharmacist see it: its state, and per transcribed item
     * what it has served and may still serve.
     *
     * @param reviewDeadline for one waiting for review, when the order it came with stops holding its
     *     stock and is cancelled (bounded by a card authorisation's window, when one was authorised)
     */
    record OnFile(
            Prescription prescription, List<ItemUse> items, java.util.Optional<java.time.Instant> reviewDeadline) {

        public OnFile {
            items = List.copyOf(items);
            java.util.Objects.requireNonNull(reviewDeadline, "reviewDeadline");
        }

        /** A prescription with no review deadline shown. */
        public OnFile(Prescription prescription, List<ItemUse> items) {
            this(prescription, items, java.util.Optional.empty());
        }

        /** The same, with the deadline of its review. */
        public OnFile withReviewDeadline(java.time.Instant deadline) {
            return new OnFile(prescription, items, java.util.Optional.of(deadline));
        }
    }

    /**
     * One item's use.
     *
     * @param item the medicine as transcribed
     * @param fillsUsed fills reserved or dispensed
     * @param fillsLeft fills it may still serve
     * @param nextFillFrom the first day a refill is allowed, once it has been filled
     * @param lastFillDay the last day it may be filled
     * @param fills its fills, oldest first
     */
    record ItemUse(
            PrescribedItem item,
            int fillsUsed,
            int fillsLeft,
            Optional<LocalDate> nextFillFrom,
            LocalDate lastFillDay,
            List<FillRecord> fills) {

        public ItemUse {
            fills = List.copyOf(fills);
        }
    }

    /** The document, each reading recorded in the audit log. */
    Outcome<Document> document(Caller caller, UUID prescriptionId);
}
