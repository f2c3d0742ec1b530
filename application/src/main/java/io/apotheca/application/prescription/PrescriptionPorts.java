package io.apotheca.application.prescription;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.cart.port.in.ManageCartUseCase;
import io.apotheca.application.catalog.port.out.ProductCodes;
import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.identity.VerifiedPharmacists;
import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.order.port.out.Orders;
import io.apotheca.application.prescription.port.out.PrescriptionFills;
import io.apotheca.application.prescription.port.out.Prescriptions;
import io.apotheca.application.shared.Kernel;
import io.apotheca.application.shared.port.out.DocumentStore;
import io.apotheca.domain.prescription.FillPolicy;
import java.time.Duration;

/**
 * What the prescription use cases are built from.
 *
 * @param products the catalog: a transcribed medicine's schedule
 * @param codes the medicines' standard codes, by which electronic prescriptions name them
 * @param users the accounts, to match an electronic prescription's patient
 * @param cart the patient's cart, where a refill is put
 * @param fills the fills of prescription items
 * @param fillRules how long prescriptions stay valid, and how soon a refill may follow a fill
 * @param unpaidTtl how long an order holds its stock once its prescription is approved and it
 *     awaits payment
 */
public record PrescriptionPorts(
        Prescriptions prescriptions,
        Products products,
        ProductCodes codes,
        Users users,
        ManageCartUseCase cart,
        PrescriptionFills fills,
        DocumentStore documents,
        Orders orders,
        VerifiedPharmacists pharmacists,
        AuditTrail audit,
        Outbox outbox,
        Kernel kernel,
        FillPolicy.Rules fillRules,
        Duration unpaidTtl,
        int pendingUploadsPerPatient) {}
