package io.apotheca.application.prescription.port.in;

import java.time.Duration;

/**
 * The pharmacy deletes prescription documents that no prescription refers to (an upload refused
 * after its bytes were kept) once they are a day old. Run daily; running it twice changes nothing
 * the second time.
 */
public interface SweepDocumentsUseCase {

    /** How long an unreferenced document is kept, so an upload in progress is never swept. */
    Duration GRACE = Duration.ofDays(1);

    /** How many documents were deleted now. */
    int sweep();
}
