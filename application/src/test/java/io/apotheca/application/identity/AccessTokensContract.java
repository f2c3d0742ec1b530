package io.apotheca.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.identity.port.out.AccessTokens;
import io.apotheca.application.memory.SettableClock;
import io.apotheca.application.shared.Principal;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every issuer of access tokens must do: a token read back names the principal it was issued
 * for until it expires, and an altered, foreign or expired token names no one. The stand-in and the
 * JWT tokens each extend this class.
 */
public abstract class AccessTokensContract {

    /** The clock the tokens under test keep time by. */
    protected final SettableClock clock = new SettableClock(Instant.parse("2026-11-30T09:00:00Z"));

    private final Principal pharmacist =
            new Principal(new UserId(UUID.randomUUID()), Role.PHARMACIST, UUID.randomUUID());

    /** The tokens under test, keeping time by {@code clock}. */
    protected abstract AccessTokens accessTokens(Clock clock);

    @Test
    void a_token_read_back_names_its_principal_until_just_before_it_expires() {
        AccessTokens tokens = accessTokens(clock);
        AccessTokens.Issued issued = tokens.issue(pharmacist);

        assertThat(issued.validFor()).isPositive();
        assertThat(tokens.read(issued.token())).contains(pharmacist);
        clock.advance(issued.validFor().minusSeconds(1));
        assertThat(tokens.read(issued.token())).contains(pharmacist);
    }

    @Test
    void an_expired_token_names_no_one() {
        AccessTokens tokens = accessTokens(clock);
        AccessTokens.Issued issued = tokens.issue(pharmacist);

        clock.advance(issued.validFor().plusSeconds(1));

        assertThat(tokens.read(issued.token())).isEmpty();
    }

    @Test
    void an_altered_token_names_no_one() {
        AccessTokens tokens = accessTokens(clock);
        String token = tokens.issue(pharmacist).token();
        int middle = token.length() / 2;
        char replaced = token.charAt(middle) == 'A' ? 'B' : 'A';

        String altered = token.substring(0, middle) + replaced + token.substring(middle + 1);

        assertThat(tokens.read(altered)).isEmpty();
        assertThat(tokens.read(token + "x")).isEmpty();
    }

    @Test
    void a_token_from_elsewhere_or_garbage_names_no_one() {
        String foreign = accessTokens(clock).issue(pharmacist).token();
        AccessTokens tokens = accessTokens(clock);

        assertThat(tokens.read(foreign)).isEmpty();
        assertThat(tokens.read("not-a-token")).isEmpty();
        assertThat(tokens.read("")).isEmpty();
    }

    @Test
    void two_principals_get_two_tokens_each_naming_its_own() {
        AccessTokens tokens = accessTokens(clock);
        Principal customer = new Principal(new UserId(UUID.randomUUID()), Role.CUSTOMER, UUID.randomUUID());

        String mine = tokens.issue(customer).token();
        String theirs = tokens.issue(pharmacist).token();

        assertThat(mine).isNotEqualTo(theirs);
        assertThat(tokens.read(mine)).contains(customer);
        assertThat(tokens.read(theirs)).contains(pharmacist);
    }
}
