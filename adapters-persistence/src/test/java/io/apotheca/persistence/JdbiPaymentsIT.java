package io.apotheca.persistence;

import io.apotheca.application.order.port.out.Orders;
import io.apotheca.application.payment.PaymentsContract;
import io.apotheca.application.payment.port.out.Payments;
import io.apotheca.domain.catalog.CategoryId;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL payments and refunds, held to the payments contract on a real database. */
class JdbiPaymentsIT extends PaymentsContract {

    @RegisterExtension
    static final OpenPersistence postgres = new OpenPersistence();

    private static PostgresPersistence persistence;
    private static CategoryId shelf;

    @BeforeAll
    static void open() {
        shelf = Records.shelf(persistence, "payments");
    }

    @Override
    protected Payments payments() {
        return persistence.payments();
    }

    @Override
    protected Orders orders() {
        return persistence.orders();
    }

    @Override
    protected UserId newCustomer() {
        return Records.customer(persistence);
    }

    @Override
    protected ProductId newProduct() {
        return Records.product(persistence, shelf);
    }
}
