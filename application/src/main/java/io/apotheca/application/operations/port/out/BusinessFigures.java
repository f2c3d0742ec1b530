package io.apotheca.application.operations.port.out;

import java.time.Instant;

/** Counts the pharmacy's business figures from its records, for every instance at once. */
public interface BusinessFigures {

    /** The figures as the records stand at {@code now}. */
    Figures read(Instant now);

    /**
     * @param ordersPlaced every order ever placed
     * @param holdsExpired orders cancelled because their hold ran out unpaid
     * @param prescriptionsWaiting prescriptions awaiting a pharmacist's review
     * @param oldestWaitingSeconds how long the oldest of them has waited, 0 when none waits
     * @param webhooksProcessed payment-provider events processed
     * @param webhooksFailing payment-provider events not yet processed whose last attempt failed
     * @param refundsSucceeded refunds the provider confirmed
     * @param refundsFailed refunds the provider refused
     */
    record Figures(
            long ordersPlaced,
            long holdsExpired,
            long prescriptionsWaiting,
            double oldestWaitingSeconds,
            long webhooksProcessed,
            long webhooksFailing,
            long refundsSucceeded,
            long refundsFailed) {}
}
