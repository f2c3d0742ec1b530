package io.apotheca.domain.inventory;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A lot taken off sale because it may harm: by whom and when, why, how urgently (its class), and
 * what the pharmacy tells the patients who received it.
 *
 * @param instructions what patients are to do, in the pharmacy's words, if it gave any
 */
public record Recall(
        UUID id,
        BatchId batch,
        ProductId product,
        LotNumber lot,
        LocalDate expiryDate,
        String reason,
        RecallClass recallClass,
        Optional<String> instructions,
        UserId recalledBy,
        Instant recalledAt) {

    public Recall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(expiryDate, "expiryDate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(recallClass, "recallClass");
        Objects.requireNonNull(instructions, "instructions");
        Objects.requireNonNull(recalledBy, "recalledBy");
        Objects.requireNonNull(recalledAt, "recalledAt");
    }
}
