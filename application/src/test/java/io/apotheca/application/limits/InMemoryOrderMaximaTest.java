package io.apotheca.application.limits;

import io.apotheca.application.limits.port.out.OrderMaxima;
import io.apotheca.application.memory.InMemoryOrderMaxima;
import io.apotheca.domain.catalog.ProductId;
import java.util.UUID;

class InMemoryOrderMaximaTest extends OrderMaximaContract {

    private final InMemoryOrderMaxima store = new InMemoryOrderMaxima();

    @Override
    protected OrderMaxima store() {
        return store;
    }

    @Override
    protected ProductId newProduct() {
        return new ProductId(UUID.randomUUID());
    }
}
