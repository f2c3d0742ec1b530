package io.apotheca.application.identity;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.identity.port.out.AccessTokens;
import io.apotheca.application.identity.port.out.AccountTokens;
import io.apotheca.application.identity.port.out.ApiClients;
import io.apotheca.application.identity.port.out.CommonPasswords;
import io.apotheca.application.identity.port.out.PasswordHasher;
import io.apotheca.application.identity.port.out.PersonalRecords;
import io.apotheca.application.identity.port.out.PharmacistLicences;
import io.apotheca.application.identity.port.out.Sessions;
import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.shared.Kernel;
import io.apotheca.application.shared.RateLimit;
import io.apotheca.application.shared.port.out.RateLimiter;
import io.apotheca.application.shared.port.out.SecretTokens;

/**
 * What the account and session use cases are built from.
 *
 * @param accountTokens the single-use tokens of e-mailed links
 * @param personalRecords the orders and cart an account deletion must check and anonymise
 * @param outbox where account events (registered, reset requested) go, for the e-mails they cause
 * @param commonPasswords passwords too common to accept, whatever their length
 * @param loginLimit login attempts per client address
 * @param accountLoginLimit failed login attempts per account, from every address together
 * @param registerLimit registrations per client address
 * @param apiClients prescribers' systems, which sign in with client credentials
 */
public record IdentityPorts(
        Users users,
        PharmacistLicences licences,
        Sessions sessions,
        AccountTokens accountTokens,
        PersonalRecords personalRecords,
        Outbox outbox,
        PasswordHasher hasher,
        CommonPasswords commonPasswords,
        AccessTokens accessTokens,
        SecretTokens secretTokens,
        RateLimiter rateLimiter,
        AuditTrail audit,
        ApiClients apiClients,
        Kernel kernel,
        RateLimit loginLimit,
        RateLimit accountLoginLimit,
        RateLimit registerLimit) {}
