package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Principal;
import java.util.Optional;

/**
 * Every request with a bearer token asks who it is: the token must be genuine and unexpired, and
 * its session still open (logout, a password change or a deactivation end it at once).
 */
public interface AuthenticateUseCase {

    Optional<Principal> authenticate(String accessToken);
}
