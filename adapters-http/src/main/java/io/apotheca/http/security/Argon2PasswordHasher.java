package io.apotheca.http.security;

import io.apotheca.application.identity.port.out.PasswordHasher;
import io.apotheca.domain.identity.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) with BouncyCastle, stored as a PHC string
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}). Each hash holds its memory while it runs, so at
 * most a fixed number run at once and a login storm queues instead of exhausting memory.
 */
final class Argon2PasswordHasher implements PasswordHasher {

    /**
     * Argon2id cost.
     *
     * @param memoryKiB memory per hash
     * @param iterations passes over that memory
     * @param parallelism lanes
     */
    public record Cost(int memoryKiB, int iterations, int parallelism) {

        /**
         * 19 MiB and 5 passes, 1 lane: above OWASP's floor (19 MiB, t=2), tuned to ~70 ms per hash on
         * the build machine (docs/security.md); memory stays small so several hashes can run at once.
         */
        public static final Cost DEFAULT = new Cost(19_456, 5, 1);

        boolean weakerThan(Cost other) {
            return memoryKiB < other.memoryKiB || iterations < other.iterations;
        }
    }

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getDecoder();

    private final Cost cost;
    private final Semaphore running;
    private final SecureRandom random;
    private final PasswordHash standIn;

    /**
     * @param cost the cost of new hashes
     * @param maxConcurrent how many hashes may run at once
     * @param random the source of salts
     */
    Argon2PasswordHasher(Cost cost, int maxConcurrent, SecureRandom random) {
        this.cost = cost;
        this.running = new Semaphore(maxConcurrent, true);
        this.random = random;
        this.standIn = hash("a password no account has, for unknown e-mails");
    }

    @Override
    public PasswordHash hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, cost, HASH_BYTES);
        return new PasswordHash("$argon2id$v=19$m=" + cost.memoryKiB() + ",t=" + cost.iterations() + ",p="
                + cost.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash));
    }

    @Override
    public boolean verify(String password, Optional<PasswordHash> stored) {
        Optional<Phc> phc = stored.flatMap(Phc::parse);
        Phc target = phc.orElseGet(() -> Phc.parse(standIn).orElseThrow());
        byte[] computed = derive(password, target.salt(), target.cost(), target.hash().length);
        return phc.isPresent() && MessageDigest.isEqual(computed, target.hash());
    }

    @Override
    public boolean needsRehash(PasswordHash stored) {
        return Phc.parse(stored).map(phc -> phc.cost().weakerThan(cost)).orElse(true);
    }

    private byte[] derive(String password, byte[] salt, Cost with, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(with.memoryKiB())
                .withIterations(with.iterations())
                .withParallelism(with.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        running.acquireUninterruptibly();
        try {
            generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        } finally {
            running.release();
        }
        return out;
    }

    /** A parsed PHC string. */
    private record Phc(Cost cost, byte[] salt, byte[] hash) {

        static Optional<Phc> parse(PasswordHash stored) {
            String[] parts = stored.phc().split("\\$");
            // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
            if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
                return Optional.empty();
            }
            try {
                int m = 0, t = 0, p = 0;
                for (String setting : parts[3].split(",")) {
                    String[] kv = setting.split("=", 2);
                    int value = Integer.parseInt(kv[1]);
                    switch (kv[0]) {
                        case "m" -> m = value;
                        case "t" -> t = value;
                        case "p" -> p = value;
                        default -> {
                            return Optional.empty();
                        }
                    }
                }
                if (m < 8 || t < 1 || p < 1 || m > 1_048_576 || t > 100 || p > 16) {
                    return Optional.empty();
                }
                return Optional.of(
                        new Phc(new Cost(m, t, p), B64_DECODE.decode(parts[4]), B64_DECODE.decode(parts[5])));
            } catch (RuntimeException malformed) {
                return Optional.empty();
            }
        }
    }
}
