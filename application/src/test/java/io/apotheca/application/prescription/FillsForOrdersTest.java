package io.apotheca.application.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.memory.InMemoryPharmacy;
import io.apotheca.application.prescription.port.out.PrescriptionFills.ItemOnFile;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.prescription.FillPolicy;
import io.apotheca.domain.prescription.PrescribedItem;
import io.apotheca.domain.prescription.PrescriptionId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How one item on file is judged for a fill: within the pharmacist's validity, and by the latest fill of the medicine. */
class FillsForOrdersTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-03");
    private static final ProductId STATIN = new ProductId(new UUID(5, 1));

    private final PrescriptionPorts ports =
            new InMemoryPharmacy(Duration.ofDays(30), Duration.ofMinutes(30), Duration.ofDays(3)).prescriptionPorts;

    @Test
    void nothing_is_filled_after_the_day_the_pharmacist_approved_the_prescription_until() {
        ItemOnFile lastDay = onFile(TODAY, Optional.empty());
        ItemOnFile lapsed = onFile(TODAY.minusDays(1), Optional.empty());

        assertThat(FillsForOrders.decide(lastDay, List.of(lastDay), Quantity.of(30), TODAY, ports))
                .isInstanceOf(FillPolicy.Allowed.class);
        assertThat(FillsForOrders.decide(lapsed, List.of(lapsed), Quantity.of(30), TODAY, ports))
                .isEqualTo(new FillPolicy.Expired(TODAY.minusDays(1)));
    }

    @Test
    void a_refill_is_too_soon_after_the_latest_fill_of_the_medicine_on_any_prescription() {
        ItemOnFile unused = onFile(TODAY.plusMonths(6), Optional.empty());
        ItemOnFile filledTenDaysAgo = onFile(TODAY.plusMonths(6), Optional.of(TODAY.minusDays(10)));

        assertThat(FillsForOrders.decide(unused, List.of(unused), Quantity.of(30), TODAY, ports))
                .isInstanceOf(FillPolicy.Allowed.class);
        assertThat(FillsForOrders.decide(unused, List.of(unused, filledTenDaysAgo), Quantity.of(30), TODAY, ports))
                .isEqualTo(new FillPolicy.TooSoon(TODAY.plusDays(13)));
    }

    private static ItemOnFile onFile(LocalDate validUntil, Optional<LocalDate> lastFilled) {
        return new ItemOnFile(
                new PrescriptionId(UUID.randomUUID()),
                TODAY.minusDays(30),
                validUntil,
                new PrescribedItem(UUID.randomUUID(), STATIN, Optional.empty(), Quantity.of(30), "One at night", 30, 2),
                lastFilled.isPresent() ? 1 : 0,
                lastFilled.isPresent() ? 1 : 0,
                lastFilled);
    }
}
