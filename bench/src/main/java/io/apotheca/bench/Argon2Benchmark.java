package io.apotheca.bench;

import io.apotheca.application.identity.port.out.PasswordHasher;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.http.security.SecurityAdapters;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one password hash costs at the production setting (Argon2id, m=19 MiB, t=2, p=1): the time a
 * registration, a login or a password change spends hashing. Aim: 50–250 ms on the build machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Argon2Benchmark {

    private static final String PASSWORD = "correct horse battery staple";

    private PasswordHasher hasher;
    private PasswordHash stored;

    @Setup
    public void setUp() {
        hasher = SecurityAdapters.argon2(4, new SecureRandom());
        stored = hasher.hash(PASSWORD);
    }

    @Benchmark
    public PasswordHash hash() {
        return hasher.hash(PASSWORD);
    }

    @Benchmark
    public boolean verify() {
        return hasher.verify(PASSWORD, Optional.of(stored));
    }

    @Benchmark
    public boolean verifyUnknownEmail() {
        return hasher.verify(PASSWORD, Optional.empty());
    }
}
