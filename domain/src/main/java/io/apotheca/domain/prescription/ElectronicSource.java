package io.apotheca.domain.prescription;

import java.util.Objects;
import java.util.UUID;

/**
 * Where an electronic prescription came from: the prescriber's system that sent it, and the
 * identifier that system gave the message. The identifier is unique in its system, so a message sent
 * twice is recognised and kept once.
 *
 * @param client the API client (the prescriber's system) that sent it
 * @param identifierSystem the namespace of the message's identifier, a URI
 * @param identifierValue the identifier within it
 */
public record ElectronicSource(UUID client, String identifierSystem, String identifierValue) {

    public ElectronicSource {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(identifierSystem, "identifierSystem");
        Objects.requireNonNull(identifierValue, "identifierValue");
        if (identifierSystem.isBlank() || identifierValue.isBlank()) {
            throw new IllegalArgumentException("a message identifier has a system and a value");
        }
    }
}
