package io.apotheca.application.outbound;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Apotheca-Signature} header, signed as Stripe signs its webhooks: {@code t=<unix
 * seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}, with one {@code v1} per secret in use. A receiver
 * recomputes the HMAC with its secret, compares in constant time, and refuses an old {@code t}, so a
 * captured delivery cannot be replayed later.
 */
public final class WebhookSignature {

    /** The header's name. */
    public static final String HEADER = "Apotheca-Signature";

    private WebhookSignature() {}

    /** The header for a body sent at {@code at}, signed with each secret in turn. */
    public static String header(Instant at, byte[] body, List<String> secrets) {
        long t = at.getEpochSecond();
        StringBuilder header = new StringBuilder("t=").append(t);
        for (String secret : secrets) {
            header.append(",v1=").append(hmac(secret, t, body));
        }
        return header.toString();
    }

    /**
     * Whether a header signs the body with the secret, at most {@code tolerance} before or after
     * {@code now}: what a receiver checks.
     */
    public static boolean verifies(String header, byte[] body, String secret, Instant now, Duration tolerance) {
        Long t = null;
        List<String> parts = List.of(header == null ? new String[0] : header.split(","));
        for (String part : parts) {
            if (part.startsWith("t=")) {
                try {
                    t = Long.parseLong(part.substring(2));
                } catch (NumberFormatException notATime) {
                    return false;
                }
            }
        }
        if (t == null || Math.abs(now.getEpochSecond() - t) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = hmac(secret, t, body).getBytes(StandardCharsets.US_ASCII);
        for (String part : parts) {
            if (part.startsWith("v1=")
                    && MessageDigest.isEqual(expected, part.substring(3).getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private static String hmac(String secret, long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
