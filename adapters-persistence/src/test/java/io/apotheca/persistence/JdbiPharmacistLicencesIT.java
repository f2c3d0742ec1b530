package io.apotheca.persistence;

import io.apotheca.application.identity.PharmacistLicencesContract;
import io.apotheca.application.identity.port.out.PharmacistLicences;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL licences, held to the licences contract on a real database. */
class JdbiPharmacistLicencesIT extends PharmacistLicencesContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;

    @Override
    protected PharmacistLicences licences() {
        return persistence.pharmacistLicences();
    }

    @Override
    protected void haveAccount(UserId id) {
        Records.account(persistence, id, Role.PHARMACIST);
    }
}
