package io.apotheca.domain.prescription;

import io.apotheca.domain.catalog.DrugSchedule;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.Quantity;
import java.util.Optional;
import java.util.UUID;

/** Prescribers and items for the prescription policies' tests. */
final class Transcriptions {

    static final Prescriber WITH_DEA =
            new Prescriber("Dr Jane Brown", "MD-445566", Optional.of(new DeaNumber("AB1234563")));
    static final Prescriber WITHOUT_DEA = new Prescriber("Dr Jane Brown", "MD-445566", Optional.empty());

    private Transcriptions() {}

    /** Thirty units a fill, a thirty-day supply. */
    static PrescribedItem item(Optional<DrugSchedule> schedule, int refills) {
        return new PrescribedItem(
                UUID.randomUUID(),
                new ProductId(UUID.randomUUID()),
                schedule,
                Quantity.of(30),
                "one tablet daily",
                30,
                refills);
    }

    static PrescribedItem item(DrugSchedule schedule, int refills) {
        return item(Optional.of(schedule), refills);
    }

    static PrescribedItem uncontrolled(int refills) {
        return item(Optional.empty(), refills);
    }
}
