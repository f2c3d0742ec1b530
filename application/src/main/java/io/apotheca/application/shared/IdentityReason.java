package io.apotheca.application.shared;

/** Refusals about accounts, sign-in and pharmacist licences. */
public enum IdentityReason implements Refusal.Reason {
    /** The e-mail address and password do not match an active account. */
    INVALID_CREDENTIALS,
    /** A refresh token that is unknown, expired or revoked. */
    INVALID_TOKEN,
    /** An API client's id or secret is wrong, or the client was revoked. */
    INVALID_CLIENT,
    /** An account with this e-mail address exists. */
    EMAIL_TAKEN,
    /** The licence is already registered in its jurisdiction. */
    LICENCE_TAKEN,
    /** A mailed link that is unknown, used or expired. */
    INVALID_LINK,
    /** The account's e-mail address is not yet verified. */
    EMAIL_NOT_VERIFIED,
    /** The account's e-mail address is already verified. */
    EMAIL_ALREADY_VERIFIED,
    /** An administrator's account is deactivated, never deleted. */
    ACCOUNT_NOT_DELETABLE,
    /** An order of the account is still under way. */
    ORDER_IN_FLIGHT;

    @Override
    public <T> T mappedBy(Refusal.ReasonMapping<T> mapping) {
        return mapping.identity(this);
    }
}
