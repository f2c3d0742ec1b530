package io.apotheca.bootstrap;

import io.apotheca.bootstrap.config.ApothecaConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs access tokens: {@code APOTHECA_JWT_SECRET} when set, else a random key made on
 * the first start and kept in the data folder (readable by its owner only), so sessions survive a
 * restart.
 */
final class SigningKey {

    static final String FILE = "jwt-secret";

    private SigningKey() {}

    static byte[] of(ApothecaConfig config, SecureRandom random) {
        if (config.jwtSecret().isPresent()) {
            return config.jwtSecret().get().value().getBytes(StandardCharsets.UTF_8);
        }
        Path file = config.dataDir().resolve(FILE);
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[64];
                random.nextBytes(key);
                create(file, Base64.getEncoder().encodeToString(key));
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file).trim());
            if (key.length < 32) {
                throw new IllegalStateException(file + " holds a key shorter than 32 bytes");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the token signing key in " + file, e);
        }
    }

    /** A separate key for another purpose, derived from the signing key (HMAC-SHA256 of the purpose). */
    static byte[] derive(byte[] key, String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    private static void create(Path file, String content) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            if (posix) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file); // owner-only permissions are left to the folder on such systems
            }
        } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
            return;
        }
        Files.writeString(file, content);
    }
}
