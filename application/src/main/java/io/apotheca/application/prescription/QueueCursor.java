package io.apotheca.application.prescription;

import io.apotheca.application.prescription.port.in.PrescriptionsUseCase.OnFile;
import io.apotheca.application.prescription.port.out.Prescriptions.QueuePosition;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Cursors;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Refusal;
import io.apotheca.domain.prescription.PrescriptionId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of the review queue starts: after the last prescription shown, at the review deadline
 * it had then. The deadline travels in the cursor, so a prescription approved (its order's hold
 * changed) or an order closed meanwhile neither repeats nor skips the rest of the queue.
 */
final class QueueCursor {

    private static final String LIST = "prescription-queue";
    private static final String NO_DEADLINE = "none";

    private QueueCursor() {}

    static String after(OnFile last) {
        String deadline = last.reviewDeadline().map(Instant::toString).orElse(NO_DEADLINE);
        return Cursors.encode(LIST, deadline + "|" + last.prescription().id());
    }

    static Outcome<Optional<QueuePosition>> position(Optional<String> cursor) {
        if (cursor.isEmpty()) {
            return Outcome.done(Optional.empty());
        }
        Optional<String> text = Cursors.decode(LIST, cursor.get());
        if (text.isPresent()) {
            String[] parts = text.get().split("\\|", 2);
            try {
                if (parts.length == 2) {
                    Optional<Instant> deadline =
                            parts[0].equals(NO_DEADLINE) ? Optional.empty() : Optional.of(Instant.parse(parts[0]));
                    PrescriptionId id = new PrescriptionId(UUID.fromString(parts[1]));
                    return Outcome.done(Optional.of(new QueuePosition(deadline, id)));
                }
            } catch (DateTimeParseException | IllegalArgumentException invalid) {
                // refused below
            }
        }
        return Outcome.refused(Refusal.of(CommonReason.INVALID_CURSOR, "The cursor is not valid."));
    }
}
