package io.apotheca.application.prescription;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.identity.VerifiedPharmacists;
import io.apotheca.application.order.port.out.Orders;
import io.apotheca.application.prescription.port.out.Prescriptions;
import io.apotheca.application.shared.Kernel;
import io.apotheca.application.shared.port.out.DocumentStore;
import java.time.Duration;

/**
 * What the prescription use cases are built from.
 *
 * @param unpaidTtl how long an order holds its stock once its prescription is approved and it
 *     awaits payment
 */
public record PrescriptionPorts(
        Prescriptions prescriptions,
        DocumentStore documents,
        Orders orders,
        VerifiedPharmacists pharmacists,
        AuditTrail audit,
        Outbox outbox,
        Kernel kernel,
        Duration unpaidTtl,
        int pendingUploadsPerPatient) {}
