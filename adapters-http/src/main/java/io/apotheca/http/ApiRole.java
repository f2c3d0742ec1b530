package io.apotheca.http;

import io.apotheca.domain.identity.Role;
import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * The roles a route admits, checked before its body is read (so a customer posting half a body to
 * an administrator's route hears 403, not 400). The use case checks again: this is the first gate,
 * not the only one.
 */
public enum ApiRole implements RouteRole {
    CUSTOMER,
    PHARMACIST,
    ADMIN,
    PRESCRIBER_SYSTEM;

    /** Any signed-in account. */
    public static final RouteRole[] SIGNED_IN = {CUSTOMER, PHARMACIST, ADMIN};

    static ApiRole of(Role role) {
        return valueOf(role.name());
    }

    static boolean admits(Set<RouteRole> roles, Role role) {
        return roles.contains(of(role));
    }
}
