package io.apotheca.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.apotheca.application.inventory.port.out.StockMovements;
import io.apotheca.application.inventory.port.out.StockMovements.Movement;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.inventory.BatchId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every stock ledger must do, whatever keeps it: write each movement down as it was, and
 * refuse one that breaks the ledger's rules, so that received ± adjusted = on hand + dispensed can
 * be checked. The port only appends; each implementation says how to read a lot's movements back
 * and how to make a lot.
 */
public abstract class StockMovementsContract {

    private static final Instant AT = Instant.parse("2026-11-30T09:00:00.123456Z");

    /** The ledger under test. */
    protected abstract StockMovements ledger();

    /** A lot the ledger may record movements of. */
    protected abstract BatchId newLot();

    /** Every movement of the lot written down so far, oldest first. */
    protected abstract List<Movement> recorded(BatchId lot);

    @Test
    void every_kind_of_movement_reads_back_as_it_was_recorded() {
        BatchId lot = newLot();
        UserId staff = new UserId(UUID.randomUUID());
        List<Movement> movements = List.of(
                movement(lot, "RECEIPT", 20, Optional.empty(), Optional.empty(), Optional.of(staff), AT),
                movement(
                        lot,
                        "ADJUSTMENT",
                        -2,
                        Optional.of("damaged in transit"),
                        Optional.empty(),
                        Optional.of(staff),
                        AT.plusSeconds(1)),
                movement(
                        lot,
                        "DISPENSED",
                        -3,
                        Optional.empty(),
                        Optional.of(UUID.randomUUID()),
                        Optional.empty(),
                        AT.plusSeconds(2)),
                movement(
                        lot,
                        "QUARANTINED",
                        0,
                        Optional.of("refunded order"),
                        Optional.of(UUID.randomUUID()),
                        Optional.of(staff),
                        AT.plusSeconds(3)));

        movements.forEach(ledger()::record);

        assertThat(recorded(lot)).containsExactlyElementsOf(movements);
        assertThat(recorded(newLot())).isEmpty();
    }

    @Test
    void an_adjustment_or_a_quarantine_with_an_empty_reason_is_refused_and_nothing_is_written() {
        BatchId lot = newLot();
        Optional<UserId> staff = Optional.of(new UserId(UUID.randomUUID()));

        assertThatThrownBy(() ->
                        ledger().record(movement(lot, "ADJUSTMENT", -1, Optional.of(""), Optional.empty(), staff, AT)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> ledger().record(movement(
                        lot, "QUARANTINED", 0, Optional.of(""), Optional.of(UUID.randomUUID()), staff, AT)))
                .isInstanceOf(RuntimeException.class);

        assertThat(recorded(lot)).isEmpty();
    }

    @Test
    void only_a_quarantine_moves_no_units_and_a_quarantine_never_moves_any() {
        BatchId lot = newLot();

        assertThatThrownBy(() -> ledger().record(
                                movement(lot, "RECEIPT", 0, Optional.empty(), Optional.empty(), Optional.empty(), AT)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> ledger().record(movement(
                        lot, "QUARANTINED", -2, Optional.of("refunded order"), Optional.empty(), Optional.empty(), AT)))
                .isInstanceOf(RuntimeException.class);

        assertThat(recorded(lot)).isEmpty();
    }

    @Test
    void a_movement_of_a_kind_the_ledger_does_not_know_is_refused() {
        BatchId lot = newLot();

        assertThatThrownBy(() -> ledger().record(movement(
                        lot, "RETURNED", 1, Optional.of("customer"), Optional.empty(), Optional.empty(), AT)))
                .isInstanceOf(RuntimeException.class);

        assertThat(recorded(lot)).isEmpty();
    }

    @Test
    void a_recorded_movement_is_never_replaced() {
        BatchId lot = newLot();
        Movement receipt = movement(lot, "RECEIPT", 20, Optional.empty(), Optional.empty(), Optional.empty(), AT);
        ledger().record(receipt);
        Movement sameId = new Movement(
                receipt.id(),
                lot,
                "RECEIPT",
                99,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                AT.plusSeconds(1));

        assertThatThrownBy(() -> ledger().record(sameId)).isInstanceOf(RuntimeException.class);

        assertThat(recorded(lot)).containsExactly(receipt);
    }

    private static Movement movement(
            BatchId lot,
            String kind,
            int delta,
            Optional<String> reason,
            Optional<UUID> order,
            Optional<UserId> actor,
            Instant at) {
        return new Movement(UUID.randomUUID(), lot, kind, delta, reason, order, actor, at);
    }
}
