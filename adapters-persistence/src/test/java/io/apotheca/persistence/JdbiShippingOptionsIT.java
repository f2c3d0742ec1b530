package io.apotheca.persistence;

import io.apotheca.application.pricing.ShippingOptionsContract;
import io.apotheca.application.pricing.port.out.ShippingOptions;
import io.apotheca.application.shared.port.out.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The PostgreSQL shipping options, held to the shipping-options contract on a real database emptied
 * before each test (no order here names an option).
 */
class JdbiShippingOptionsIT extends ShippingOptionsContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;

    @BeforeEach
    void noOptionStored() throws SQLException {
        try (Connection connection = postgres.connect()) {
            connection.createStatement().executeUpdate("DELETE FROM shipping_options");
        }
    }

    @Override
    protected ShippingOptions options() {
        return persistence.shippingOptions();
    }

    @Override
    protected Transactions transactions() {
        return persistence.transactions();
    }
}
