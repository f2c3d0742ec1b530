package io.apotheca.application.shared;

import io.apotheca.domain.identity.Role;

/** The checks every use case starts with: is someone signed in, and may their role do this. */
public final class Access {

    private Access() {}

    /** The caller's principal, or a refusal for an anonymous caller. */
    public static Outcome<Principal> signedIn(Caller caller) {
        return caller.principal()
                .<Outcome<Principal>>map(Outcome::done)
                .orElseGet(() -> Outcome.refused(Refusal.unauthenticated()));
    }

    /** The caller's principal when it is an administrator. */
    public static Outcome<Principal> admin(Caller caller) {
        return withRole(caller, Role.ADMIN);
    }

    /**
     * Whether the caller is the pharmacy's staff (an administrator or a pharmacist), who also read
     * what customers may not, such as deactivated products. A prescriber's system is not staff.
     */
    public static boolean isStaff(Caller caller) {
        return caller.principal()
                .map(Principal::role)
                .filter(r -> r == Role.ADMIN || r == Role.PHARMACIST)
                .isPresent();
    }

    /** The caller's principal when it has the role. */
    public static Outcome<Principal> withRole(Caller caller, Role role) {
        return signedIn(caller)
                .then(principal ->
                        principal.role() == role ? Outcome.done(principal) : Outcome.refused(Refusal.forbidden()));
    }
}
