package io.apotheca.application.recall.port.in;

import io.apotheca.application.recall.port.out.Recalls.Kept;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import java.util.UUID;

/**
 * An administrator recalls a lot: it stops being sold at once; every patient who received units of
 * it is found and told by e-mail; open orders the stock left can no longer serve are cancelled,
 * the newest first, and refunded in full if paid. The recall and what it found are kept, audited.
 */
public interface RecallLotUseCase {

    Outcome<Kept> recall(Caller caller, UUID batchId, Request request);

    /**
     * @param recallClass {@code I}, {@code II} or {@code III}; II when null
     * @param instructions what patients are to do, in the pharmacy's words; null for the default text
     */
    record Request(String reason, String recallClass, String instructions) {}
}
