package io.apotheca.http.recall;

import io.apotheca.application.recall.port.out.Recalls.AffectedPatient;
import io.apotheca.application.recall.port.out.Recalls.Cancellation;
import io.apotheca.application.recall.port.out.Recalls.Kept;
import io.apotheca.application.recall.port.out.Recalls.Summary;
import io.apotheca.domain.inventory.Recall;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recall as the API shows it: whole in a report, counted in the list. */
final class RecallViews {

    private RecallViews() {}

    record PatientView(
            String customerId,
            String name,
            String email,
            String orderId,
            int quantity,
            Instant dispensedAt,
            boolean noticeSent,
            Instant noticeSentAt) {

        static PatientView of(AffectedPatient p) {
            return new PatientView(
                    p.dispensed().patient().toString(),
                    p.name(),
                    p.email(),
                    p.dispensed().order().toString(),
                    p.dispensed().quantity(),
                    p.dispensed().dispensedAt(),
                    p.noticeSentAt().isPresent(),
                    p.noticeSentAt().orElse(null));
        }
    }

    record CancelledOrderView(String orderId, String customerId, String statusBefore, String refundId) {

        static CancelledOrderView of(Cancellation c) {
            return new CancelledOrderView(
                    c.order().toString(),
                    c.customer().toString(),
                    c.before().name(),
                    c.refund().map(Object::toString).orElse(null));
        }
    }

    /** The whole report. */
    record RecallView(
            String id,
            String batchId,
            String productId,
            String productName,
            String lotNumber,
            LocalDate expiryDate,
            String reason,
            String recallClass,
            String instructions,
            String recalledBy,
            Instant recalledAt,
            int unitsReceived,
            int unitsDispensed,
            int unitsOnHand,
            List<PatientView> patients,
            List<CancelledOrderView> cancelledOrders) {

        static RecallView of(Kept kept) {
            Recall r = kept.recall();
            return new RecallView(
                    r.id().toString(),
                    r.batch().toString(),
                    r.product().toString(),
                    kept.productName(),
                    r.lot().value(),
                    r.expiryDate(),
                    r.reason(),
                    r.recallClass().name(),
                    r.instructions().orElse(null),
                    r.recalledBy().toString(),
                    r.recalledAt(),
                    kept.figures().received(),
                    kept.figures().dispensed(),
                    kept.figures().onHand(),
                    kept.patients().stream().map(PatientView::of).toList(),
                    kept.cancellations().stream().map(CancelledOrderView::of).toList());
        }
    }

    /** One recall in the list, its patients and cancelled orders counted. */
    record RecallSummaryView(
            String id,
            String batchId,
            String productId,
            String productName,
            String lotNumber,
            String reason,
            String recallClass,
            String recalledBy,
            Instant recalledAt,
            int unitsDispensed,
            int patients,
            int noticesSent,
            int cancelledOrders) {

        static RecallSummaryView of(Summary summary) {
            Recall r = summary.recall();
            return new RecallSummaryView(
                    r.id().toString(),
                    r.batch().toString(),
                    r.product().toString(),
                    summary.productName(),
                    r.lot().value(),
                    r.reason(),
                    r.recallClass().name(),
                    r.recalledBy().toString(),
                    r.recalledAt(),
                    summary.figures().dispensed(),
                    summary.patients(),
                    summary.noticesSent(),
                    summary.cancelledOrders());
        }
    }

    /** What recalling a lot answers: the lot as it now is, and the recall with what it found. */
    record RecalledBatchView(
            String id,
            String productId,
            String lotNumber,
            LocalDate expiryDate,
            int quantity,
            String status,
            RecallView recall) {

        static RecalledBatchView of(Kept kept) {
            Recall r = kept.recall();
            return new RecalledBatchView(
                    r.batch().toString(),
                    r.product().toString(),
                    r.lot().value(),
                    r.expiryDate(),
                    kept.figures().onHand(),
                    "RECALLED",
                    RecallView.of(kept));
        }
    }
}
