package io.apotheca.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * How audit entries are chained. Each entry's hash is SHA-256 over a canonical encoding of the
 * entry (every field length-prefixed, details in key order, so no two entries encode alike) followed
 * by the previous entry's hash.
 */
public final class AuditChain {

    /** The "previous hash" of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** The entry that follows {@code previousHash} in the chain. */
    public static AuditEntry link(UUID id, long sequence, AuditRecord record, String previousHash) {
        return new AuditEntry(id, sequence, record, previousHash, hash(id, record, previousHash));
    }

    /** Recomputes the hash an entry must carry. */
    public static String hash(UUID id, AuditRecord record, String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, id.toString());
        field(canonical, record.occurredAt().toString());
        field(canonical, record.actorId());
        field(canonical, record.actorRole());
        field(canonical, record.action());
        field(canonical, record.targetType());
        field(canonical, record.targetId());
        field(canonical, record.requestId());
        field(canonical, Integer.toString(record.details().size()));
        for (Map.Entry<String, String> detail : record.details().entrySet()) {
            field(canonical, detail.getKey());
            field(canonical, detail.getValue());
        }
        field(canonical, previousHash);
        return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-1:,");
        } else {
            out.append(value.getBytes(StandardCharsets.UTF_8).length)
                    .append(':')
                    .append(value)
                    .append(',');
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
