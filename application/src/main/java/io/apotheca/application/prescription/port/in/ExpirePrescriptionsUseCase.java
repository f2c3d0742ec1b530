package io.apotheca.application.prescription.port.in;

/**
 * The pharmacy marks every approved prescription past its last valid day EXPIRED. Run daily and at
 * start-up; running it twice changes nothing the second time.
 */
public interface ExpirePrescriptionsUseCase {

    /** How many prescriptions were marked expired now. */
    int expireDue();
}
