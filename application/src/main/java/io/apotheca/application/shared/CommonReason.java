package io.apotheca.application.shared;

/** Refusals any capability may give: who is asking, what was sent, and how often. */
public enum CommonReason implements Refusal.Reason {
    /** One or more fields are invalid. */
    VALIDATION_FAILED,
    /** No one is signed in. */
    UNAUTHENTICATED,
    /** The signed-in person may not do this. */
    FORBIDDEN,
    /** There is no such record, or none this person may see. */
    NOT_FOUND,
    /** The record is in a state that does not allow this step. */
    INVALID_TRANSITION,
    /** A page cursor was not one the pharmacy signed. */
    INVALID_CURSOR,
    /** An idempotency key came back with a different request. */
    IDEMPOTENCY_KEY_REUSED,
    /** The first request with this idempotency key is still running. */
    REQUEST_IN_PROGRESS,
    /** Too many attempts in too short a time. */
    RATE_LIMITED,
    /** A file of a kind the pharmacy does not take. */
    UNSUPPORTED_MEDIA_TYPE,
    /** A file larger than the pharmacy takes. */
    PAYLOAD_TOO_LARGE;

    @Override
    public <T> T mappedBy(Refusal.ReasonMapping<T> mapping) {
        return mapping.common(this);
    }
}
