package io.apotheca.domain.prescription;

import io.apotheca.domain.shared.DocumentType;
import java.util.Objects;

/**
 * The scan or PDF a patient uploaded, as stored: named by the SHA-256 of its bytes, so it can be
 * checked on every read and is never reachable by a path of the sender's choosing.
 *
 * @param sha256 the hex SHA-256 of the content
 * @param type what the content is, recognised from its bytes
 * @param size its length in bytes
 */
public record PrescriptionDocument(String sha256, DocumentType type, long size) {

    /** The largest prescription accepted: 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public PrescriptionDocument {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(type, "type");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a hex SHA-256: " + sha256);
        }
        if (size <= 0 || size > MAX_BYTES) {
            throw new IllegalArgumentException("a prescription document holds 1 byte to 10 MB, not " + size);
        }
    }
}
