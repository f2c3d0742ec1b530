package io.apotheca.application.cart;

import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.application.memory.InMemoryCartStore;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import java.util.UUID;

class InMemoryCartStoreTest extends CartStoreContract {

    private final InMemoryCartStore store = new InMemoryCartStore();

    @Override
    protected CartStore store() {
        return store;
    }

    @Override
    protected UserId newCustomer() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    protected ProductId newProduct() {
        return new ProductId(UUID.randomUUID());
    }
}
