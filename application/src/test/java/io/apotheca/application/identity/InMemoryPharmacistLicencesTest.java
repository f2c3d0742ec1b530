package io.apotheca.application.identity;

import io.apotheca.application.identity.port.out.PharmacistLicences;
import io.apotheca.application.memory.InMemoryPharmacistLicences;
import io.apotheca.domain.identity.UserId;

/** The in-memory licences, held to the same contract as the PostgreSQL store. */
class InMemoryPharmacistLicencesTest extends PharmacistLicencesContract {

    private final InMemoryPharmacistLicences licences = new InMemoryPharmacistLicences();

    @Override
    protected PharmacistLicences licences() {
        return licences;
    }

    @Override
    protected void haveAccount(UserId id) {
        // the fake refers to no accounts
    }
}
