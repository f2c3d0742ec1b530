package io.apotheca.application.identity;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.identity.port.out.AccessTokens;
import io.apotheca.application.identity.port.out.PasswordHasher;
import io.apotheca.application.identity.port.out.PharmacistLicences;
import io.apotheca.application.identity.port.out.Sessions;
import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.shared.RateLimit;
import io.apotheca.application.shared.port.out.IdGenerator;
import io.apotheca.application.shared.port.out.RateLimiter;
import io.apotheca.application.shared.port.out.SecretTokens;
import io.apotheca.application.shared.port.out.Transactions;
import java.time.Clock;

/**
 * What the account and session use cases are built from.
 *
 * @param loginLimit login attempts per client address
 * @param registerLimit registrations per client address
 */
public record IdentityPorts(
        Users users,
        PharmacistLicences licences,
        Sessions sessions,
        PasswordHasher hasher,
        AccessTokens accessTokens,
        SecretTokens secretTokens,
        RateLimiter rateLimiter,
        Transactions transactions,
        AuditTrail audit,
        IdGenerator ids,
        Clock clock,
        RateLimit loginLimit,
        RateLimit registerLimit) {}
