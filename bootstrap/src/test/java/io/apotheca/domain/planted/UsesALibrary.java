package io.apotheca.domain.planted;

import org.slf4j.LoggerFactory;

/** Breaks the rule: the domain depends on a library. */
public class UsesALibrary {

    public void log() {
        LoggerFactory.getLogger(UsesALibrary.class).info("planted");
    }
}
