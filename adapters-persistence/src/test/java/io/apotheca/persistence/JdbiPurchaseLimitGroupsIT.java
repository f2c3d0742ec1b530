package io.apotheca.persistence;

import io.apotheca.application.limits.PurchaseLimitGroupsContract;
import io.apotheca.application.limits.port.out.PurchaseLimitGroups;
import io.apotheca.domain.catalog.Category;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.Sku;
import io.apotheca.domain.catalog.Slug;
import io.apotheca.domain.shared.Money;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL store of purchase limit groups, held to the contract on a real database. */
class JdbiPurchaseLimitGroupsIT extends PurchaseLimitGroupsContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;
    private static CategoryId category;

    @BeforeAll
    static void open() {
        category = new CategoryId(UUID.randomUUID());
        persistence
                .categories()
                .add(new Category(category, "Cold and flu", new Slug("cold-and-flu"), Optional.empty()));
    }

    @Override
    protected PurchaseLimitGroups store() {
        return persistence.purchaseLimitGroups();
    }

    @Override
    protected ProductId newProduct() {
        ProductId id = new ProductId(UUID.randomUUID());
        persistence
                .products()
                .add(new Product(
                        id,
                        new Sku("PSE-" + id.value().toString().substring(0, 8).toUpperCase(Locale.ROOT)),
                        "Pseudoephedrine 60 mg",
                        "Decongestant",
                        "Acme",
                        category,
                        Money.of(599, "USD"),
                        false,
                        5,
                        true));
        return id;
    }
}
