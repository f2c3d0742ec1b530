package io.apotheca.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.identity.port.out.AccountTokens;
import io.apotheca.application.identity.port.out.AccountTokens.AccountToken;
import io.apotheca.domain.identity.AccountTokenPurpose;
import io.apotheca.domain.identity.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every store of e-mailed link tokens must do: a token opens its account while it is unused,
 * unexpired and shown for its own purpose, and only once. The in-memory fake and the PostgreSQL
 * store each extend this class and say how to make an account the store accepts.
 */
public abstract class AccountTokensContract {

    private static final Instant ISSUED = Instant.parse("2026-11-30T09:00:00Z");
    private static final AccountTokenPurpose RESET = AccountTokenPurpose.PASSWORD_RESET;
    private static final AccountTokenPurpose VERIFICATION = AccountTokenPurpose.EMAIL_VERIFICATION;

    /** The store under test. */
    protected abstract AccountTokens tokens();

    /** An account the store may keep tokens of. */
    protected abstract UserId newAccount();

    @Test
    void peeking_at_a_token_shows_its_account_without_using_it() {
        UserId account = newAccount();
        String hash = issue(account, RESET);

        assertThat(tokens().peek(RESET, hash, ISSUED.plusSeconds(1))).contains(account);
        assertThat(tokens().peek(RESET, hash, ISSUED.plusSeconds(2))).contains(account);
        assertThat(tokens().use(RESET, hash, ISSUED.plusSeconds(3))).contains(account);
    }

    @Test
    void a_token_is_used_once_and_then_opens_nothing() {
        UserId account = newAccount();
        String hash = issue(account, VERIFICATION);

        assertThat(tokens().use(VERIFICATION, hash, ISSUED.plusSeconds(1))).contains(account);

        assertThat(tokens().use(VERIFICATION, hash, ISSUED.plusSeconds(2))).isEmpty();
        assertThat(tokens().peek(VERIFICATION, hash, ISSUED.plusSeconds(2))).isEmpty();
    }

    @Test
    void a_token_opens_its_account_until_the_moment_it_expires_and_not_at_it() {
        UserId account = newAccount();
        String hash = issue(account, RESET);
        Instant expiry = ISSUED.plus(RESET.lifetime());

        assertThat(tokens().peek(RESET, hash, expiry.minusSeconds(1))).contains(account);
        assertThat(tokens().peek(RESET, hash, expiry)).isEmpty();
        assertThat(tokens().use(RESET, hash, expiry)).isEmpty();
        assertThat(tokens().use(RESET, hash, expiry.minusSeconds(1))).contains(account);
    }

    @Test
    void a_token_shown_for_another_purpose_or_an_unknown_token_opens_nothing() {
        UserId account = newAccount();
        String hash = issue(account, VERIFICATION);

        assertThat(tokens().peek(RESET, hash, ISSUED)).isEmpty();
        assertThat(tokens().use(RESET, hash, ISSUED)).isEmpty();
        assertThat(tokens().use(VERIFICATION, newHash(), ISSUED)).isEmpty();
        assertThat(tokens().use(VERIFICATION, hash, ISSUED)).contains(account);
    }

    @Test
    void discarding_forgets_the_accounts_tokens_of_that_purpose_only() {
        UserId account = newAccount();
        UserId other = newAccount();
        String used = issue(account, RESET);
        tokens().use(RESET, used, ISSUED);
        String unused = issue(account, RESET);
        String verification = issue(account, VERIFICATION);
        String othersReset = issue(other, RESET);

        tokens().discard(account, RESET);

        assertThat(tokens().peek(RESET, unused, ISSUED)).isEmpty();
        assertThat(tokens().peek(VERIFICATION, verification, ISSUED)).contains(account);
        assertThat(tokens().peek(RESET, othersReset, ISSUED)).contains(other);
    }

    @Test
    void of_many_concurrent_uses_of_one_token_exactly_one_gets_the_account() throws Exception {
        UserId account = newAccount();
        String hash = issue(account, RESET);
        ExecutorService users = Executors.newFixedThreadPool(8);
        List<Optional<UserId>> outcomes = new ArrayList<>();
        try {
            List<Callable<Optional<UserId>>> uses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                uses.add(() -> tokens().use(RESET, hash, ISSUED.plusSeconds(1)));
            }
            for (Future<Optional<UserId>> outcome : users.invokeAll(uses)) {
                outcomes.add(outcome.get());
            }
        } finally {
            users.shutdownNow();
        }

        assertThat(outcomes).filteredOn(Optional::isPresent).containsExactly(Optional.of(account));
    }

    private String issue(UserId account, AccountTokenPurpose purpose) {
        String hash = newHash();
        tokens().issue(new AccountToken(
                UUID.randomUUID(), account, purpose, hash, ISSUED, ISSUED.plus(purpose.lifetime())));
        return hash;
    }

    /** 64 hex digits, the form of a SHA-256. */
    private static String newHash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }
}
