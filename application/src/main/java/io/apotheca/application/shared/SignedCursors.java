package io.apotheca.application.shared;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Page cursors a client cannot forge: the position and the query it belongs to, signed with
 * HMAC-SHA256. A cursor read back for another query, altered, or garbage is refused, never queried.
 */
public final class SignedCursors {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    /** @param key at least 32 secret bytes */
    public SignedCursors(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a cursor key has at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** A cursor for {@code position} within the query {@code query} (its filters, written canonically). */
    public String encode(String query, String position) {
        byte[] payload = (Sha256.hex(query) + "\n" + position).getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(payload) + "." + ENCODE.encodeToString(mac(payload));
    }

    /** The position, when the cursor is genuine and was made for this query. */
    public Optional<String> decode(String query, String cursor) {
        try {
            int dot = cursor.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            byte[] payload = DECODE.decode(cursor.substring(0, dot));
            byte[] signature = DECODE.decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(payload))) {
                return Optional.empty();
            }
            String text = new String(payload, StandardCharsets.UTF_8);
            String prefix = Sha256.hex(query) + "\n";
            return text.startsWith(prefix) ? Optional.of(text.substring(prefix.length())) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
