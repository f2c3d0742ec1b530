package io.apotheca.bootstrap;

import io.apotheca.application.identity.port.in.EnsureFirstAdminUseCase;
import io.apotheca.application.shared.Outcome;
import io.apotheca.bootstrap.config.AdminAccount;
import io.apotheca.bootstrap.config.InvalidConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the configured first administrator once; never overwrites an existing account. */
final class FirstAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private FirstAdmin() {}

    static void ensure(EnsureFirstAdminUseCase firstAdmin, AdminAccount admin) {
        Outcome<Boolean> outcome =
                firstAdmin.ensure(admin.email(), admin.password().value());
        if (outcome instanceof Outcome.Refused<Boolean> refused) {
            throw new InvalidConfigurationException(refused.refusal().fieldProblems().stream()
                    .map(problem -> problem.field() + " " + problem.message())
                    .toList());
        }
        boolean created = ((Outcome.Done<Boolean>) outcome).value();
        LOG.info(
                created
                        ? "First administrator account created from APOTHECA_ADMIN_EMAIL"
                        : "First administrator account already exists; left unchanged");
    }
}
