package io.apotheca.application.memory;

import io.apotheca.application.identity.port.out.AccountTokens;
import io.apotheca.domain.identity.AccountTokenPurpose;
import io.apotheca.domain.identity.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Link tokens in a list, each used at most once. */
public final class InMemoryAccountTokens implements AccountTokens {

    private final List<AccountToken> tokens = new ArrayList<>();
    private final List<String> used = new ArrayList<>();

    @Override
    public synchronized void issue(AccountToken token) {
        tokens.add(token);
    }

    @Override
    public synchronized Optional<UserId> peek(AccountTokenPurpose purpose, String tokenHash, Instant now) {
        return tokens.stream()
                .filter(t -> t.purpose() == purpose && t.tokenHash().equals(tokenHash))
                .filter(t -> !used.contains(t.tokenHash()) && now.isBefore(t.expiresAt()))
                .map(AccountToken::user)
                .findFirst();
    }

    @Override
    public synchronized Optional<UserId> use(AccountTokenPurpose purpose, String tokenHash, Instant now) {
        Optional<UserId> owner = peek(purpose, tokenHash, now);
        owner.ifPresent(user -> used.add(tokenHash));
        return owner;
    }

    @Override
    public synchronized void discard(UserId user, AccountTokenPurpose purpose) {
        tokens.removeIf(t -> t.user().equals(user) && t.purpose() == purpose);
    }

    /** Every token issued and not discarded. */
    public synchronized List<AccountToken> issued() {
        return List.copyOf(tokens);
    }
}
