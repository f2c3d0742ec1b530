package io.apotheca.application.payment.port.in;

import io.apotheca.application.shared.Outcome;

/**
 * The payment provider tells Apotheca what happened to a payment or refund. Only a delivery whose
 * signature checks out is recorded; each event is dealt with once however often it is delivered,
 * and one that could not be dealt with is tried again.
 */
public interface ReceiveProviderEventUseCase {

    /**
     * @param payload the request body exactly as received
     * @param signatureHeader the provider's signature header
     */
    Outcome<Receipt> receive(String payload, String signatureHeader);

    /**
     * @param eventId the provider's event id
     * @param duplicate whether the inbox already had it
     * @param processed whether it has now been dealt with (false: it will be tried again)
     */
    record Receipt(String eventId, boolean duplicate, boolean processed) {}
}
