package io.apotheca.application.prescription;

import io.apotheca.application.prescription.port.in.PrescriptionsUseCase.ItemUse;
import io.apotheca.application.prescription.port.in.PrescriptionsUseCase.OnFile;
import io.apotheca.application.prescription.port.out.PrescriptionFills;
import io.apotheca.application.prescription.port.out.PrescriptionFills.FillRecord;
import io.apotheca.domain.prescription.ControlledSubstancePolicy;
import io.apotheca.domain.prescription.FillPolicy;
import io.apotheca.domain.prescription.PrescribedItem;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.prescription.Transcription;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each item of a prescription has served and may still serve: fills used and left, the first
 * day a refill is allowed ({@link FillPolicy}) and the last day it may be filled (the
 * controlled-substance rules, within the prescription's validity).
 */
final class ItemUses {

    private ItemUses() {}

    /** The prescriptions with their items' use, their fills read in one go. */
    static List<OnFile> of(List<Prescription> prescriptions, PrescriptionFills fills, FillPolicy.Rules rules) {
        List<PrescriptionId> transcribed = prescriptions.stream()
                .filter(p -> p.transcribed().isPresent())
                .map(Prescription::id)
                .toList();
        Map<PrescriptionId, List<FillRecord>> fillsOf = fills.fillsOf(transcribed);
        return prescriptions.stream()
                .map(p -> new OnFile(
                        p,
                        p.transcribed()
                                .map(t -> uses(p, t, fillsOf.getOrDefault(p.id(), List.of()), rules))
                                .orElse(List.of())))
                .toList();
    }

    private static List<ItemUse> uses(
            Prescription prescription, Transcription transcription, List<FillRecord> fills, FillPolicy.Rules rules) {
        LocalDate validUntil = prescription.lastValidDay().orElseThrow();
        return transcription.items().stream()
                .map(item -> use(
                        prescription,
                        item,
                        transcription.written(),
                        validUntil,
                        fills.stream().filter(f -> f.itemId().equals(item.id())).toList(),
                        rules))
                .toList();
    }

    private static ItemUse use(
            Prescription prescription,
            PrescribedItem item,
            LocalDate written,
            LocalDate validUntil,
            List<FillRecord> fills,
            FillPolicy.Rules rules) {
        int left =
                prescription instanceof Prescription.Approved ? Math.max(0, item.fillsAuthorised() - fills.size()) : 0;
        Optional<LocalDate> lastFilled = fills.stream()
                .map(f -> f.dispensedAt().orElse(f.reservedAt()))
                .max(Instant::compareTo)
                .map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC));
        LocalDate lastDay = ControlledSubstancePolicy.lastFillDay(item, written, rules.validity());
        return new ItemUse(
                item,
                fills.size(),
                left,
                left == 0 ? Optional.empty() : lastFilled.map(day -> FillPolicy.nextFillDay(item, day, rules)),
                lastDay.isAfter(validUntil) ? validUntil : lastDay,
                fills);
    }
}
