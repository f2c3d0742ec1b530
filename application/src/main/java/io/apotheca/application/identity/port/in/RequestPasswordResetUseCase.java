package io.apotheca.application.identity.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;

/**
 * Someone who lost their password asks for a reset link. The answer is the same whether or not an
 * account has this e-mail, so that the pharmacy never tells who its patients are.
 */
public interface RequestPasswordResetUseCase {

    Outcome<Boolean> request(Caller caller, String email);
}
