package io.apotheca.domain.payment;

/** Where one refund stands. */
public enum RefundStatus {
    /** Written down, the provider not yet asked or its answer not yet known. */
    REQUESTED,
    /** The provider accepted it and is sending the money back. */
    PENDING,
    /** The money went back. */
    SUCCEEDED,
    /** The provider could not send it back; nothing was refunded. */
    FAILED;

    /** Whether the provider accepted it: it counts towards what was refunded. */
    public boolean accepted() {
        return this == PENDING || this == SUCCEEDED;
    }

    /** Whether it still counts against what may be refunded: all but a failed one. */
    public boolean claimsMoney() {
        return this != FAILED;
    }
}
