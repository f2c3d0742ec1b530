package io.apotheca.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.prescription.PrescriptionsContract;
import io.apotheca.application.prescription.port.out.PrescriptionFills;
import io.apotheca.application.prescription.port.out.Prescriptions;
import io.apotheca.domain.catalog.Category;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.Sku;
import io.apotheca.domain.catalog.Slug;
import io.apotheca.domain.identity.ApiClient;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderDetails;
import io.apotheca.domain.order.OrderId;
import io.apotheca.domain.order.OrderLine;
import io.apotheca.domain.order.Quantity;
import io.apotheca.domain.order.ShippingAddress;
import io.apotheca.domain.prescription.Prescription;
import io.apotheca.domain.prescription.PrescriptionDocument;
import io.apotheca.domain.prescription.PrescriptionId;
import io.apotheca.domain.shared.DocumentType;
import io.apotheca.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL prescription store, held to the prescription contract on a real database. */
class JdbiPrescriptionsIT extends PrescriptionsContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");

    private static PostgresPersistence persistence;
    private static ProductId amoxicillin;
    private static UserId pharmacist;
    private static ApiClient client;

    @BeforeAll
    static void open() {
        Category category = new Category(
                new CategoryId(UUID.randomUUID()), "Antibiotics", new Slug("antibiotics"), Optional.empty());
        persistence.categories().add(category);
        amoxicillin = new ProductId(UUID.randomUUID());
        persistence
                .products()
                .add(new Product(
                        amoxicillin,
                        new Sku("RX-AMOX-500"),
                        "Amoxicillin 500 mg",
                        "Antibiotic",
                        "Acme",
                        category.id(),
                        Money.of(1299, "USD"),
                        true,
                        5,
                        true));
        pharmacist = user(Role.PHARMACIST);
    }

    @Override
    protected Prescriptions store() {
        return persistence.prescriptions();
    }

    @Override
    protected PrescriptionFills fills() {
        return persistence.prescriptionFills();
    }

    @Override
    protected UserId pharmacist() {
        return pharmacist;
    }

    @Override
    protected UUID apiClient() {
        if (client == null) {
            client = new ApiClient(
                    UUID.randomUUID(),
                    "Riverside Practice EHR",
                    "e".repeat(64),
                    new ApiClient.Decision(user(Role.ADMIN), NOON),
                    Optional.empty());
            persistence.apiClients().add(client);
        }
        return client.id();
    }

    @Override
    protected PlacedOrder newOrder() {
        UserId patient = user(Role.CUSTOMER);
        Order.Open order = Order.place(
                new OrderDetails(
                        new OrderId(UUID.randomUUID()),
                        patient,
                        List.of(new OrderLine(
                                amoxicillin,
                                "Amoxicillin 500 mg",
                                Quantity.of(1),
                                Money.of(1299, "USD"),
                                true,
                                List.of())),
                        NOON),
                NOON,
                Duration.ofMinutes(30),
                Duration.ofDays(3));
        persistence.orders().add(order, new ShippingAddress("Ada", "1 A St", null, "Oslo", null, "0150", "NO"));
        return new PlacedOrder(order.id(), patient, amoxicillin);
    }

    @Test
    void an_order_names_its_prescriptions_oldest_first() {
        PlacedOrder order = newOrder();
        PrescriptionId first = new PrescriptionId(UUID.fromString("01900000-0000-7000-8000-000000000001"));
        PrescriptionId second = new PrescriptionId(UUID.fromString("01900000-0000-7000-8000-000000000002"));
        for (PrescriptionId id : List.of(second, first)) {
            store().add(Prescription.submit(new Prescription.Submission(
                    id,
                    Optional.of(order.id()),
                    order.patient(),
                    new PrescriptionDocument("c".repeat(64), DocumentType.PNG, 10),
                    NOON)));
        }

        assertThat(persistence.orders().byId(order.id()).orElseThrow().prescriptionIds())
                .containsExactly(first, second);
        assertThat(persistence.orders().lock(order.id()).orElseThrow().prescriptionIds())
                .containsExactly(first, second);
    }

    private static UserId user(Role role) {
        UserId id = new UserId(UUID.randomUUID());
        persistence
                .users()
                .add(new User(
                        id,
                        new Email(id.value() + "@example.org"),
                        "Prescription Test",
                        role,
                        true,
                        new PasswordHash("$argon2id$stand-in"),
                        Instant.now()));
        return id;
    }
}
