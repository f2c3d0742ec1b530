package io.apotheca.domain.identity;

/** What an account is for; it decides what the account may see and do. */
public enum Role {
    /** Buys from the pharmacy and sees only their own cart, orders and prescriptions. */
    CUSTOMER,
    /** Reviews prescriptions, once an administrator has verified their licence. */
    PHARMACIST,
    /** Runs the pharmacy: verifies licences, manages catalog and stock, refunds. */
    ADMIN,
    /**
     * A prescriber's electronic prescribing system, registered by an administrator as an API client:
     * it signs in with its client credentials and may only send prescriptions (as FHIR); it is not a
     * person's account and reaches nothing else.
     */
    PRESCRIBER_SYSTEM
}
