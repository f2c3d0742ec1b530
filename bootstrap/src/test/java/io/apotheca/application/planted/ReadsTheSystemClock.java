package io.apotheca.application.planted;

import java.time.Instant;

/** Breaks the rule: reads the system clock instead of an injected one. */
public class ReadsTheSystemClock {

    public Instant holdExpiresAt() {
        return Instant.now().plusSeconds(1800);
    }
}
