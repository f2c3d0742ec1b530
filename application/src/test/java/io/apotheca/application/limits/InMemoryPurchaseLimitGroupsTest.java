package io.apotheca.application.limits;

import io.apotheca.application.limits.port.out.PurchaseLimitGroups;
import io.apotheca.application.memory.InMemoryPurchaseLimitGroups;
import io.apotheca.domain.catalog.ProductId;
import java.util.UUID;

class InMemoryPurchaseLimitGroupsTest extends PurchaseLimitGroupsContract {

    private final InMemoryPurchaseLimitGroups store = new InMemoryPurchaseLimitGroups();

    @Override
    protected PurchaseLimitGroups store() {
        return store;
    }

    @Override
    protected ProductId newProduct() {
        return new ProductId(UUID.randomUUID());
    }
}
