package io.apotheca.application.shared;

import io.apotheca.application.shared.port.out.SecretTokens;
import java.security.SecureRandom;
import java.util.Base64;

/** 256 bits from {@link SecureRandom}, base64url without padding (43 characters). */
public final class SecureRandomTokens implements SecretTokens {

    private final SecureRandom random;

    public SecureRandomTokens(SecureRandom random) {
        this.random = random;
    }

    @Override
    public String next() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
