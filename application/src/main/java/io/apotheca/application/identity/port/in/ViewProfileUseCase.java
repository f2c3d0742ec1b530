package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;

/** A signed-in account reads its own profile. */
public interface ViewProfileUseCase {

    Outcome<Profile> profile(Caller caller);
}
