package io.apotheca.domain.prescription;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a pharmacist read off a prescription when approving it: who wrote it, on which day, and the
 * medicines on it. Made only through {@link #of}, which refuses a transcription that breaks a rule
 * of {@link ControlledSubstancePolicy}.
 *
 * @param prescriber who wrote it
 * @param written the date written
 * @param items the medicines, at least one, each product once
 */
public record Transcription(Prescriber prescriber, LocalDate written, List<PrescribedItem> items) {

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
        return broken.isEmpty() ? new Accepted(new Transcription(prescriber, written, items)) : new Refused(broken);
    }

    /** The item with this id, if the prescription has it. */
    public Optional<PrescribedItem> item(UUID itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }
}
