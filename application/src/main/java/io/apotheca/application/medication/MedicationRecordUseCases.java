package io.apotheca.application.medication;

import io.apotheca.application.medication.port.in.ViewMedicationRecordUseCase;

/** Builds the medication record's use case from its ports. */
public final class MedicationRecordUseCases {

    private MedicationRecordUseCases() {}

    public static ViewMedicationRecordUseCase view(MedicationRecordPorts ports) {
        return new MedicationRecordService(ports);
    }
}
