package io.apotheca.domain.planted;

import java.util.UUID;

/** Breaks the rule: makes random ids instead of asking an injected generator. */
public class MakesRandomIds {

    public UUID newId() {
        return UUID.randomUUID();
    }
}
