package io.apotheca.persistence;

import io.apotheca.application.pricing.TaxRateSettingsContract;
import io.apotheca.application.pricing.port.out.TaxRateSettings;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL tax rates, held to the tax-rate contract on a real database emptied before each test. */
class JdbiTaxRateSettingsIT extends TaxRateSettingsContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;

    @BeforeEach
    void noRateStored() throws SQLException {
        try (Connection connection = postgres.connect()) {
            connection.createStatement().executeUpdate("DELETE FROM tax_rates");
        }
    }

    @Override
    protected TaxRateSettings settings() {
        return persistence.taxRates();
    }
}
