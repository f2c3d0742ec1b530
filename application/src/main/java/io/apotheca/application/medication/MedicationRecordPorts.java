package io.apotheca.application.medication;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.catalog.port.out.ProductCodes;
import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.application.identity.VerifiedPharmacists;
import io.apotheca.application.identity.port.out.PharmacistLicences;
import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.prescription.port.out.PrescriptionFills;
import io.apotheca.application.prescription.port.out.Prescriptions;
import io.apotheca.application.shared.Kernel;

/** What the medication record is read from. */
public record MedicationRecordPorts(
        Users users,
        PharmacistLicences licences,
        VerifiedPharmacists pharmacists,
        Prescriptions prescriptions,
        PrescriptionFills fills,
        Products products,
        ProductCodes codes,
        AuditTrail audit,
        Kernel kernel) {}
