package io.apotheca.application.prescription;

import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.application.prescription.port.in.ReviewPrescriptionsUseCase.ItemForm;
import io.apotheca.application.prescription.port.in.ReviewPrescriptionsUseCase.TranscriptionForm;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.PrescriptionReason;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.application.shared.port.out.IdGenerator;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.prescription.ControlledSubstancePolicy.Violation;
import io.apotheca.domain.prescription.DeaNumber;
import io.apotheca.domain.prescription.PrescribedItem;
import io.apotheca.domain.prescription.Prescriber;
import io.apotheca.domain.prescription.Transcription;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a transcription as the pharmacist typed it: every field is checked (400, naming each wrong
 * field), the medicines are looked up in the catalog for their schedules, and the whole is held to
 * the controlled-substance rules (422, with the first rule broken as the code and all of them in
 * the message).
 */
final class TranscriptionReading {

    /** The most medicines one transcription names. */
    static final int MAX_ITEMS = 20;

    private TranscriptionReading() {}

    static Outcome<Transcription> read(
            TranscriptionForm form, Products products, IdGenerator ids, LocalDate today, Period validity) {
        Validation validation = new Validation();
        validation.text("transcription.prescriber.name", form.prescriberName(), 200);
        validation.text("transcription.prescriber.registrationNumber", form.registrationNumber(), 50);
        boolean deaGiven = form.deaNumber() != null && !form.deaNumber().isBlank();
        if (deaGiven && !DeaNumber.valid(form.deaNumber().trim())) {
            validation.problem(
                    "transcription.prescriber.deaNumber", "is not a valid DEA number (two letters, seven digits)");
        }
        validation.required("transcription.writtenOn", form.written());
        List<ItemForm> forms = form.items() == null ? List.of() : form.items();
        if (forms.isEmpty() || forms.size() > MAX_ITEMS) {
            validation.problem("transcription.items", "must name 1 to " + MAX_ITEMS + " medicines");
        }
        List<PrescribedItem> items = new ArrayList<>();
        Set<ProductId> named = new HashSet<>();
        for (int i = 0; i < forms.size() && i < MAX_ITEMS; i++) {
            item(forms.get(i), "transcription.items[" + i + "].", products, ids, named, validation)
                    .ifPresent(items::add);
        }
        Optional<Refusal> invalid = validation.refusal();
        if (invalid.isPresent()) {
            return Outcome.refused(invalid.get());
        }
        Prescriber prescriber = new Prescriber(
                form.prescriberName().trim(),
                form.registrationNumber().trim(),
                deaGiven ? Optional.of(new DeaNumber(form.deaNumber().trim())) : Optional.empty());
        Transcription.Outcome outcome = Transcription.of(prescriber, form.written(), items, today, validity);
        if (outcome instanceof Transcription.Refused refused) {
            return Outcome.refused(broken(refused.violations()));
        }
        return Outcome.done(((Transcription.Accepted) outcome).transcription());
    }

    private static Optional<PrescribedItem> item(
            ItemForm form,
            String prefix,
            Products products,
            IdGenerator ids,
            Set<ProductId> named,
            Validation validation) {
        Optional<Product> product =
                Optional.ofNullable(form.productId()).map(ProductId::new).flatMap(products::byId);
        if (product.isEmpty()) {
            validation.problem(prefix + "productId", "is not a product of the catalog");
        } else if (!product.get().requiresPrescription()) {
            validation.problem(prefix + "productId", "is not a prescription-only medicine");
        } else if (!named.add(product.get().id())) {
            validation.problem(prefix + "productId", "is named twice");
        }
        between(validation, prefix + "quantity", form.quantity(), 1, Quantity.MAX);
        validation.text(prefix + "directions", form.directions(), 500);
        between(validation, prefix + "daysSupply", form.daysSupply(), 1, 365);
        between(validation, prefix + "refills", form.refills(), 0, 99);
        if (validation.refusal().isPresent() || product.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PrescribedItem(
                ids.next(),
                product.get().id(),
                product.get().schedule(),
                Quantity.of(form.quantity()),
                form.directions().trim(),
                form.daysSupply(),
                form.refills()));
    }

    private static void between(Validation validation, String field, Integer value, int min, int max) {
        if (value == null) {
            validation.problem(field, "is required");
        } else if (value < min || value > max) {
            validation.problem(field, "must be " + min + " to " + max);
        }
    }

    static Refusal broken(List<Violation> violations) {
        String rules = violations.stream()
                .map(v -> v.rule().code()
                        + v.itemId().map(id -> " (item " + id + ")").orElse(""))
                .distinct()
                .collect(Collectors.joining(", "));
        return Refusal.of(
                PrescriptionReason.valueOf(violations.get(0).rule().name()),
                "The transcription breaks the controlled-substance rules (21 CFR 1306): " + rules + ".");
    }
}
