package io.apotheca.http;

import io.apotheca.application.identity.port.in.AuthenticateUseCase;
import io.apotheca.application.shared.Principal;
import io.apotheca.http.problem.Problem;
import io.apotheca.http.problem.ProblemException;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the bearer of each request, then lets it through only to routes its role admits. A
 * presented token must be valid (and its session open) even on a public route: a client that
 * believes it is signed in should learn at once that it is not.
 */
final class RequestAuthentication {

    static final String PRINCIPAL = "apotheca.principal";

    /** Where API clients present their credentials as HTTP Basic (served by the identity resources). */
    private static final String CLIENT_TOKEN_PATH = "/api/v1/auth/token";

    private final AuthenticateUseCase authenticate;

    RequestAuthentication(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return;
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6) && ctx.path().equals(CLIENT_TOKEN_PATH)) {
            return; // an API client's credentials, which the token endpoint reads itself
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw invalidToken();
        }
        Principal principal =
                authenticate.authenticate(header.substring(7).trim()).orElseThrow(RequestAuthentication::invalidToken);
        ctx.attribute(PRINCIPAL, principal);
    }

    void authorize(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) {
            return;
        }
        Optional<Principal> principal = principal(ctx);
        if (principal.isEmpty()) {
            throw new ProblemException(Problem.of(401, "unauthenticated", "Unauthenticated", "Sign in to do this."));
        }
        if (!ApiRole.admits(roles, principal.get().role())) {
            throw new ProblemException(Problem.of(403, "forbidden", "Forbidden", "You may not do this."));
        }
    }

    static Optional<Principal> principal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }

    private static ProblemException invalidToken() {
        return new ProblemException(Problem.of(
                401, "invalid_token", "Invalid token", "The access token is not valid, has expired or was revoked."));
    }
}
