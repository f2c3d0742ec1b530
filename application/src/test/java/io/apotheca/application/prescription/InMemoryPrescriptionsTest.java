package io.apotheca.application.prescription;

import io.apotheca.application.memory.InMemoryOrders;
import io.apotheca.application.memory.InMemoryPrescriptionFills;
import io.apotheca.application.memory.InMemoryPrescriptions;
import io.apotheca.application.prescription.port.out.PrescriptionFills;
import io.apotheca.application.prescription.port.out.Prescriptions;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import java.util.UUID;

class InMemoryPrescriptionsTest extends PrescriptionsContract {

    private final InMemoryPrescriptions store = new InMemoryPrescriptions();
    private final InMemoryPrescriptionFills fills = new InMemoryPrescriptionFills(store, new InMemoryOrders());

    @Override
    protected Prescriptions store() {
        return store;
    }

    @Override
    protected PrescriptionFills fills() {
        return fills;
    }

    @Override
    protected PlacedOrder newOrder() {
        return new PlacedOrder(
                new OrderId(UUID.randomUUID()), new UserId(UUID.randomUUID()), new ProductId(UUID.randomUUID()));
    }
}
