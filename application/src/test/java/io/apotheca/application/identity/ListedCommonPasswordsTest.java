package io.apotheca.application.identity;

import io.apotheca.application.identity.port.out.CommonPasswords;
import io.apotheca.application.memory.ListedCommonPasswords;

/** The short listed stand-in, held to the contract zxcvbn's list passes. */
class ListedCommonPasswordsTest extends CommonPasswordsContract {

    @Override
    protected CommonPasswords commonPasswords() {
        return new ListedCommonPasswords();
    }
}
