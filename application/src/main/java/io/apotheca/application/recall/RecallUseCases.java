package io.apotheca.application.recall;

import io.apotheca.application.recall.port.in.RecallLotUseCase;
import io.apotheca.application.recall.port.in.RecallReportsUseCase;

/** Builds the recall use cases. */
public final class RecallUseCases {

    private RecallUseCases() {}

    public static RecallLotUseCase recall(RecallPorts ports) {
        return new RecallService(ports);
    }

    public static RecallReportsUseCase reports(RecallPorts ports) {
        return new RecallReportService(ports);
    }

    /** Marks a patient's notice sent when the relay hands over {@code recall.notice_sent}. */
    public static RecallNoticeLedger noticeLedger(RecallPorts ports) {
        return new RecallNoticeLedger(ports.recalls());
    }
}
