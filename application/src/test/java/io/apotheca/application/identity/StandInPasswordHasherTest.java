package io.apotheca.application.identity;

import io.apotheca.application.identity.port.out.PasswordHasher;
import io.apotheca.application.memory.StandInPasswordHasher;

/** The fast stand-in hasher, held to the contract Argon2id passes. */
class StandInPasswordHasherTest extends PasswordHasherContract {

    private final StandInPasswordHasher hasher = new StandInPasswordHasher();

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }
}
