package io.apotheca.application.identity;

import io.apotheca.application.identity.port.out.AccountTokens;
import io.apotheca.application.memory.InMemoryAccountTokens;
import io.apotheca.domain.identity.UserId;
import java.util.UUID;

/** The in-memory link tokens, held to the same contract as the PostgreSQL store. */
class InMemoryAccountTokensTest extends AccountTokensContract {

    private final InMemoryAccountTokens tokens = new InMemoryAccountTokens();

    @Override
    protected AccountTokens tokens() {
        return tokens;
    }

    @Override
    protected UserId newAccount() {
        return new UserId(UUID.randomUUID());
    }
}
