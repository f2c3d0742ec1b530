package io.apotheca.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.prescription.PrescriptionStatus;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * V18 on a database with prescriptions approved before transcriptions existed: each becomes a
 * prescription whose items are its order's prescription-only lines, without refills; a dispensed
 * order's line becomes a dispensed fill (and the prescription exhausted), an open order's a reserved
 * one, a cancelled order's none.
 */
class PrescriptionsOnFileMigrationIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    private static final UUID PATIENT = UUID.randomUUID();
    private static final UUID PHARMACIST = UUID.randomUUID();
    private static final UUID AMOXICILLIN = UUID.randomUUID();
    private static final UUID SYRUP = UUID.randomUUID();
    private static final UUID OXYCODONE = UUID.randomUUID();

    @Test
    void old_approvals_become_prescriptions_with_their_orders_lines_as_items_and_dispensed_lines_as_fills() {
        TestDatabase db = postgres.database();
        Flyway.configure()
                .dataSource(db.jdbcUrl(), db.username(), db.password())
                .locations("classpath:db/migration")
                .target("17")
                .load()
                .migrate();
        Jdbi jdbi = Jdbi.create(db.jdbcUrl(), db.username(), db.password());
        UUID dispensed = UUID.randomUUID();
        UUID paid = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID dispensedRx = UUID.randomUUID();
        UUID paidRx = UUID.randomUUID();
        UUID cancelledRx = UUID.randomUUID();
        UUID controlled = UUID.randomUUID();
        UUID controlledRx = UUID.randomUUID();
        jdbi.useHandle(h -> {
            catalogAndPeople(h);
            order(h, dispensed, "FULFILLED", "fulfilled_at = '2026-10-02T09:00:00Z'");
            order(h, paid, "PAID", "paid_at = '2026-10-01T11:00:00Z'");
            order(h, cancelled, "CANCELLED", "cancelled_at = '2026-10-01T12:00:00Z', cancellation_reason = 'customer'");
            approved(h, dispensedRx, dispensed);
            approved(h, paidRx, paid);
            approved(h, cancelledRx, cancelled);
            order(h, controlled, "PAID", "paid_at = '2026-10-01T11:00:00Z'");
            h.execute(
                    "UPDATE order_lines SET product_id = ?, name = 'Oxycodone' WHERE order_id = ? AND position = 0",
                    OXYCODONE,
                    controlled);
            approved(h, controlledRx, controlled);
            h.execute(
                    "INSERT INTO stock_movements (id, batch_id, kind, delta, order_id, actor_id, occurred_at)"
                            + " VALUES (?, ?, 'DISPENSED', -2, ?, ?, '2026-10-02T09:00:00Z')",
                    UUID.randomUUID(),
                    batch(h),
                    dispensed,
                    PHARMACIST);
        });

        try (PostgresPersistence persistence = PostgresPersistence.open(
                new PostgresSettings(db.jdbcUrl(), db.username(), db.password(), 4, Duration.ofSeconds(5)))) {
            Prescription exhausted = persistence
                    .prescriptions()
                    .byId(new PrescriptionId(dispensedRx))
                    .orElseThrow();
            assertThat(exhausted.status()).isEqualTo(PrescriptionStatus.EXHAUSTED);
            assertThat(exhausted.transcribed().orElseThrow().items())
                    .singleElement()
                    .satisfies(item -> {
                        assertThat(item.productId()).isEqualTo(new ProductId(AMOXICILLIN));
                        assertThat(item.quantityPerFill().units()).isEqualTo(2);
                        assertThat(item.refillsAuthorised()).isZero();
                    });
            assertThat(exhausted.transcribed().orElseThrow().prescriber()).isEmpty();
            assertThat(persistence
                            .prescriptionFills()
                            .fillsOf(List.of(exhausted.id()))
                            .get(exhausted.id()))
                    .singleElement()
                    .satisfies(fill -> {
                        assertThat(fill.dispensedAt()).isPresent();
                        assertThat(fill.dispensedBy().orElseThrow().value()).isEqualTo(PHARMACIST);
                    });

            Prescription open =
                    persistence.prescriptions().byId(new PrescriptionId(paidRx)).orElseThrow();
            assertThat(open.status()).isEqualTo(PrescriptionStatus.APPROVED);
            assertThat(persistence.prescriptionFills().coveredOf(new OrderId(paid)))
                    .containsExactly(new ProductId(AMOXICILLIN));

            Prescription unused = persistence
                    .prescriptions()
                    .byId(new PrescriptionId(cancelledRx))
                    .orElseThrow();
            assertThat(unused.status()).isEqualTo(PrescriptionStatus.APPROVED);
            assertThat(persistence.prescriptionFills().itemsOf(unused.id()))
                    .singleElement()
                    .satisfies(item -> assertThat(item.fillsTaken()).isZero());
        }
    }

    private static void catalogAndPeople(Handle h) {
        h.execute(
                "INSERT INTO users (id, email, full_name, role, active, password_hash, created_at, updated_at)"
                        + " VALUES (?, 'patient@example.org', 'Pat', 'CUSTOMER', true, 'x', now(), now()),"
                        + " (?, 'pharmacist@example.org', 'Phil', 'PHARMACIST', true, 'x', now(), now())",
                PATIENT,
                PHARMACIST);
        UUID category = UUID.randomUUID();
        h.execute("INSERT INTO categories (id, name, slug) VALUES (?, 'Medicines', 'medicines')", category);
        h.execute(
                "INSERT INTO products (id, sku, name, description, manufacturer, category_id, price_minor, currency,"
                        + " requires_prescription, reorder_level, active, created_at, updated_at, tax_category) VALUES"
                        + " (?, 'AMOX-500', 'Amoxicillin', '', 'Acme', ?, 1000, 'USD', true, 0, true, now(), now(),"
                        + " 'STANDARD'),"
                        + " (?, 'SYRUP-1', 'Cough syrup', '', 'Acme', ?, 500, 'USD', false, 0, true, now(), now(),"
                        + " 'STANDARD'),"
                        + " (?, 'OXY-5', 'Oxycodone', '', 'Acme', ?, 900, 'USD', true, 0, true, now(), now(),"
                        + " 'STANDARD')",
                AMOXICILLIN,
                category,
                SYRUP,
                category,
                OXYCODONE,
                category);
        h.execute("UPDATE products SET schedule = 'CII' WHERE id = ?", OXYCODONE);
    }

    private static void order(Handle h, UUID id, String status, String times) {
        h.execute(
                "INSERT INTO orders (id, customer_id, status, currency, subtotal_minor, tax_minor, shipping_minor,"
                        + " total_minor, shipping_name, shipping_free_over_threshold, shipping_address, placed_at)"
                        + " VALUES (?, ?, 'CONFIRMED', 'USD', 2500, 0, 0, 2500, 'Standard', false, '{}',"
                        + " '2026-10-01T10:00:00Z')",
                id,
                PATIENT);
        h.execute("UPDATE orders SET status = ?, " + times + " WHERE id = ?", status, id);
        h.execute(
                "INSERT INTO order_lines (order_id, position, product_id, name, quantity, unit_price_minor,"
                        + " requires_prescription, tax_category, tax_rate, tax_minor)"
                        + " VALUES (?, 0, ?, 'Amoxicillin', 2, 1000, true, 'EXEMPT', 0, 0),"
                        + " (?, 1, ?, 'Cough syrup', 1, 500, false, 'EXEMPT', 0, 0)",
                id,
                AMOXICILLIN,
                id,
                SYRUP);
    }

    private static void approved(Handle h, UUID id, UUID order) {
        h.execute(
                "INSERT INTO prescriptions (id, order_id, customer_id, status, document_sha256, document_type,"
                        + " document_size, uploaded_at, reviewed_by, reviewed_at, valid_until)"
                        + " VALUES (?, ?, ?, 'APPROVED', ?, 'PDF', 100, '2026-10-01T10:05:00Z', ?,"
                        + " '2026-10-01T10:30:00Z', '2027-04-01')",
                id,
                order,
                PATIENT,
                "a".repeat(64),
                PHARMACIST);
    }

    private static UUID batch(Handle h) {
        UUID batch = UUID.randomUUID();
        h.execute(
                "INSERT INTO batches (id, product_id, lot_number, expiry_date, on_hand, status, received_at)"
                        + " VALUES (?, ?, 'LOT-1', '2027-12-31', 10, 'ACTIVE', now())",
                batch,
                AMOXICILLIN);
        return batch;
    }
}
