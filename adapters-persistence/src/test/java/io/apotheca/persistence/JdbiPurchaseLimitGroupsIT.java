package io.apotheca.persistence;

import io.apotheca.application.limits.PurchaseLimitGroupsContract;
import io.apotheca.application.limits.port.out.PurchaseLimitGroups;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.ProductId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL store of purchase limit groups, held to the contract on a real database. */
class JdbiPurchaseLimitGroupsIT extends PurchaseLimitGroupsContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;
    private static CategoryId shelf;

    @BeforeAll
    static void open() {
        shelf = Records.shelf(persistence, "purchase-limits");
    }

    @Override
    protected PurchaseLimitGroups store() {
        return persistence.purchaseLimitGroups();
    }

    @Override
    protected ProductId newProduct() {
        return Records.product(persistence, shelf);
    }
}
