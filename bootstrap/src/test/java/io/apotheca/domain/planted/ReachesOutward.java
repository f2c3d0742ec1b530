package io.apotheca.domain.planted;

import io.apotheca.application.shared.port.out.IdGenerator;

/** Breaks the rule: the domain depends on the application around it. */
public class ReachesOutward {

    public String describe(IdGenerator ids) {
        return ids.next().toString();
    }
}
