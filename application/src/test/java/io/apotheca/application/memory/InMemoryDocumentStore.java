package io.apotheca.application.memory;

import io.apotheca.application.shared.Sha256;
import io.apotheca.application.shared.port.out.DocumentStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Documents in a map by their SHA-256, checked on every read like the files on disk. */
public final class InMemoryDocumentStore implements DocumentStore {

    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    private final Map<String, Instant> storedAt = new ConcurrentHashMap<>();
    private final Clock clock;

    /** A store that dates its documents by this clock. */
    public InMemoryDocumentStore(Clock clock) {
        this.clock = clock;
    }

    public InMemoryDocumentStore() {
        this(Clock.systemUTC());
    }

    @Override
    public StoreResult store(InputStream content, long maxBytes) {
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            return new TooLarge(maxBytes);
        }
        String sha256 = Sha256.hex(bytes);
        documents.putIfAbsent(sha256, bytes);
        storedAt.put(sha256, clock.instant());
        return new Kept(sha256, bytes.length);
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        byte[] bytes = documents.get(sha256);
        if (bytes == null) {
            return Optional.empty();
        }
        if (!Sha256.hex(bytes).equals(sha256)) {
            throw new CorruptDocumentException(sha256);
        }
        return Optional.of(new ByteArrayInputStream(bytes));
    }

    @Override
    public List<String> storedBefore(Instant cutoff) {
        return storedAt.entrySet().stream()
                .filter(e -> e.getValue().isBefore(cutoff))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    @Override
    public void delete(String sha256, Instant storedBefore) {
        Instant stored = storedAt.get(sha256);
        if (stored != null && stored.isBefore(storedBefore)) {
            storedAt.remove(sha256);
            documents.remove(sha256);
        }
    }

    /** Changes a stored document behind the store's back, as a failing disk would. */
    public void tamper(String sha256) {
        documents.computeIfPresent(sha256, (k, bytes) -> {
            byte[] changed = bytes.clone();
            changed[0] ^= 1;
            return changed;
        });
    }
}
