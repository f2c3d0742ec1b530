package io.apotheca.application.catalog;

import io.apotheca.application.catalog.port.out.ProductImages;
import io.apotheca.application.memory.InMemoryProductImages;
import io.apotheca.application.memory.InMemoryProducts;
import io.apotheca.application.memory.InMemoryTransactions;
import io.apotheca.application.shared.port.out.Transactions;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.Sku;
import io.apotheca.domain.shared.Money;
import java.util.UUID;

/** The in-memory product pictures, held to the same contract as the PostgreSQL store. */
class InMemoryProductImagesTest extends ProductImagesContract {

    private final InMemoryProducts products = new InMemoryProducts();
    private final InMemoryProductImages images = new InMemoryProductImages(products);
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    protected ProductImages images() {
        return images;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected ProductId newProduct() {
        ProductId id = new ProductId(UUID.randomUUID());
        products.add(new Product(
                id,
                new Sku("IMG-" + id.value()),
                "Ibuprofen 200 mg",
                "Pain relief",
                "Acme",
                new CategoryId(UUID.randomUUID()),
                Money.of(350, "USD"),
                false,
                5,
                true));
        return id;
    }
}
