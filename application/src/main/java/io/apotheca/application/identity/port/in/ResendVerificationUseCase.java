package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;

/** A signed-in account whose e-mail is not verified asks for a new link; a few times an hour at most. */
public interface ResendVerificationUseCase {

    Outcome<Boolean> resend(Caller caller);
}
