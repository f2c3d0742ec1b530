package io.apotheca.bootstrap.config;

import java.util.Objects;

/** A configured secret: its value is there to use, never to print. */
public record Secret(String value) {

    public Secret {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}
