package io.apotheca.persistence;

import io.apotheca.application.identity.AccountTokensContract;
import io.apotheca.application.identity.port.out.AccountTokens;
import io.apotheca.domain.identity.UserId;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL link tokens, held to the link-token contract on a real database. */
class JdbiAccountTokensIT extends AccountTokensContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;

    @Override
    protected AccountTokens tokens() {
        return persistence.accountTokens();
    }

    @Override
    protected UserId newAccount() {
        return Records.customer(persistence);
    }
}
