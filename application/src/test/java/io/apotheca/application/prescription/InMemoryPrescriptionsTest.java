package io.apotheca.application.prescription;

import io.apotheca.application.memory.InMemoryPrescriptions;
import io.apotheca.application.prescription.port.out.Prescriptions;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.OrderId;
import java.util.UUID;

class InMemoryPrescriptionsTest extends PrescriptionsContract {

    private final InMemoryPrescriptions store = new InMemoryPrescriptions();

    @Override
    protected Prescriptions store() {
        return store;
    }

    @Override
    protected PlacedOrder newOrder() {
        return new PlacedOrder(new OrderId(UUID.randomUUID()), new UserId(UUID.randomUUID()));
    }
}
