package io.apotheca.application.shared.port.out;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where uploaded documents are kept: by the SHA-256 of their content, written whole or not at all,
 * checked against that checksum whenever they are read. A document is never reachable by a path
 * or URL of its own, only through the use case that decided the reader may see it.
 */
public interface DocumentStore {

    /**
     * Reads the content to its end and keeps it, unless it holds more than {@code maxBytes}, in
     * which case nothing is kept. Storing the same bytes twice keeps one copy.
     */
    StoreResult store(InputStream content, long maxBytes);

    /** The document's bytes, once they have been checked against the checksum; empty if unknown. */
    Optional<InputStream> open(String sha256);

    /**
     * The documents stored before the cutoff (stored again since counts as stored then), by name.
     * Storing the same bytes again renews a document.
     */
    List<String> storedBefore(Instant cutoff);

    /** Deletes the document, unless it was stored (again) since {@code storedBefore}. */
    void delete(String sha256, Instant storedBefore);

    /** What became of a document handed in. */
    sealed interface StoreResult {}

    /**
     * @param sha256 the hex SHA-256 of the content, its name from now on
     * @param size its length in bytes
     */
    record Kept(String sha256, long size) implements StoreResult {}

    /** The content ran past the limit; nothing was kept. */
    record TooLarge(long maxBytes) implements StoreResult {}

    /** A stored document no longer matches its checksum: the disk, or someone, changed it. */
    final class CorruptDocumentException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public CorruptDocumentException(String sha256) {
            super("stored document " + sha256 + " no longer matches its checksum");
        }
    }
}
