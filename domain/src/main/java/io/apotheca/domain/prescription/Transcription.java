package io.apotheca.domain.prescription;

import io.apotheca.domain.catalog.ProductId;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a pharmacist read off a prescription when approving it: who wrote it, on which day, and the
 * medicines on it. Made through {@link #of}, which refuses a transcription that breaks a rule of
 * {@link ControlledSubstancePolicy}, or, for a prescription approved for its order as a whole
 * (without a transcription), through {@link #asOrdered}.
 *
 * @param prescriber who wrote it; unknown only for a prescription approved as its order stood
 * @param written the date written (for one approved as its order stood: the day it was uploaded)
 * @param items the medicines, at least one, each product once
 */
public record Transcription(Optional<Prescriber> prescriber, LocalDate written, List<PrescribedItem> items) {

    public Transcription {
        Objects.requireNonNull(prescriber, "prescriber");
        Objects.requireNonNull(written, "written");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a prescription names at least one medicine");
        }
        if (new HashSet<>(items.stream().map(PrescribedItem::productId).toList()).size() != items.size()) {
            throw new IllegalArgumentException("a prescription names each medicine once");
        }
    }

    /** The outcome of transcribing: the transcription, or the rules it breaks. */
    public sealed interface Outcome {}

    /** A transcription that keeps every rule. */
    public record Accepted(Transcription transcription) implements Outcome {}

    /** The rules broken, in item order. */
    public record Refused(List<ControlledSubstancePolicy.Violation> violations) implements Outcome {

        public Refused {
            violations = List.copyOf(violations);
        }
    }

    /** Transcribes, checking the federal rules as of today under the pharmacy's validity. */
    public static Outcome of(
            Prescriber prescriber, LocalDate written, List<PrescribedItem> items, LocalDate today, Period validity) {
        List<ControlledSubstancePolicy.Violation> broken =
                ControlledSubstancePolicy.check(prescriber, written, items, today, validity);
        return broken.isEmpty()
                ? new Accepted(new Transcription(Optional.of(prescriber), written, items))
                : new Refused(broken);
    }

    /**
     * A prescription approved for its order as a whole, as pharmacists approved before they
     * transcribed: its items are the order's prescription-only lines, none controlled (a controlled
     * medicine needs the prescriber's DEA number, so a transcription), none refillable.
     *
     * @throws IllegalArgumentException if an item is controlled or refillable
     */
    public static Transcription asOrdered(LocalDate uploaded, List<PrescribedItem> items) {
        if (items.stream().anyMatch(i -> i.controlled() || i.refillsAuthorised() > 0)) {
            throw new IllegalArgumentException(
                    "an approval without a transcription covers no controlled" + " medicine and no refill");
        }
        return new Transcription(Optional.empty(), uploaded, items);
    }

    /**
     * The last day any of its items may be filled: the prescription's validity as a whole.
     *
     * @param validity the pharmacy's validity for medicines that are not Schedule III or IV
     */
    public LocalDate lastFillDay(Period validity) {
        return items.stream()
                .map(i -> ControlledSubstancePolicy.lastFillDay(i, written, validity))
                .max(LocalDate::compareTo)
                .orElseThrow();
    }

    /** The item for this product, if the prescription names it. */
    public Optional<PrescribedItem> itemFor(ProductId product) {
        return items.stream().filter(i -> i.productId().equals(product)).findFirst();
    }

    /** The item with this id, if the prescription has it. */
    public Optional<PrescribedItem> item(UUID itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }
}
