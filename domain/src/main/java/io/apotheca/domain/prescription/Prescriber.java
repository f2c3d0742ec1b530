package io.apotheca.domain.prescription;

import java.util.Objects;
import java.util.Optional;

/**
 * Who wrote a prescription, as the pharmacist transcribes it from the document.
 *
 * @param name the prescriber's name
 * @param registrationNumber their professional registration (a state licence or NPI)
 * @param deaNumber their DEA registration, required when a controlled medicine is prescribed
 */
public record Prescriber(String name, String registrationNumber, Optional<DeaNumber> deaNumber) {

    public Prescriber {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        Objects.requireNonNull(deaNumber, "deaNumber");
        if (name.isBlank() || registrationNumber.isBlank()) {
            throw new IllegalArgumentException("a prescriber has a name and a registration number");
        }
    }
}
