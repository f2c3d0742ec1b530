package io.apotheca.domain.identity;

/** Where a pharmacist's licence stands, as the API shows it. */
public enum LicenceStatus {
    PENDING_VERIFICATION,
    VERIFIED,
    REJECTED,
    SUSPENDED
}
