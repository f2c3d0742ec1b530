package io.apotheca.http.prescription;

import io.apotheca.application.prescription.port.in.PrescriptionsUseCase.ItemUse;
import io.apotheca.application.prescription.port.out.PrescriptionFills.FillRecord;
import io.apotheca.domain.catalog.DrugSchedule;
import io.apotheca.domain.prescription.DeaNumber;
import io.apotheca.domain.prescription.PrescribedItem;
import io.apotheca.domain.prescription.Prescriber;
import io.apotheca.domain.prescription.Transcription;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the pharmacist transcribed, as the API shows it: the prescriber (null for a prescription
 * approved for its order without a transcription), the date written, and each item with what it has
 * served and may still serve.
 */
record TranscriptionView(PrescriberView prescriber, LocalDate writtenOn, List<ItemView> items) {

    record PrescriberView(String name, String registrationNumber, String deaNumber) {

        static PrescriberView of(Prescriber prescriber) {
            return new PrescriberView(
                    prescriber.name(),
                    prescriber.registrationNumber(),
                    prescriber.deaNumber().map(DeaNumber::value).orElse(null));
        }
    }

    /**
     * One medicine; the use fields are null where the answer does not carry them (an approval's
     * answer shows what was transcribed, a read shows the use too).
     */
    record ItemView(
            String id,
            String productId,
            String schedule,
            int quantityPerFill,
            String directions,
            int daysSupply,
            int refillsAuthorised,
            Integer fillsUsed,
            Integer fillsLeft,
            LocalDate nextFillFrom,
            LocalDate lastFillDay,
            List<FillView> fills) {

        static ItemView of(PrescribedItem item, Optional<ItemUse> use) {
            return new ItemView(
                    item.id().toString(),
                    item.productId().toString(),
                    item.schedule().map(DrugSchedule::name).orElse(null),
                    item.quantityPerFill().units(),
                    item.directions(),
                    item.daysSupply(),
                    item.refillsAuthorised(),
                    use.map(ItemUse::fillsUsed).orElse(null),
                    use.map(ItemUse::fillsLeft).orElse(null),
                    use.flatMap(ItemUse::nextFillFrom).orElse(null),
                    use.map(ItemUse::lastFillDay).orElse(null),
                    use.map(u -> u.fills().stream().map(FillView::of).toList()).orElse(null));
        }
    }

    /** One fill: reserved by an order, and dispensed (by whom, from which lots) once it was. */
    record FillView(
            String orderId,
            String productId,
            int quantity,
            Instant reservedAt,
            Instant dispensedAt,
            String dispensedBy,
            List<LotView> lots) {

        static FillView of(FillRecord fill) {
            return new FillView(
                    fill.orderId().toString(),
                    fill.productId().toString(),
                    fill.quantity().units(),
                    fill.reservedAt(),
                    fill.dispensedAt().orElse(null),
                    fill.dispensedBy().map(Object::toString).orElse(null),
                    fill.lots().stream()
                            .map(l -> new LotView(l.lot().value(), l.expiryDate(), l.quantity()))
                            .toList());
        }
    }

    record LotView(String lotNumber, LocalDate expiryDate, int quantity) {}

    static TranscriptionView of(Transcription transcription, List<ItemUse> uses) {
        return new TranscriptionView(
                transcription.prescriber().map(PrescriberView::of).orElse(null),
                transcription.written(),
                transcription.items().stream()
                        .map(item -> ItemView.of(
                                item,
                                uses.stream()
                                        .filter(u -> u.item().id().equals(item.id()))
                                        .findFirst()))
                        .toList());
    }
}
