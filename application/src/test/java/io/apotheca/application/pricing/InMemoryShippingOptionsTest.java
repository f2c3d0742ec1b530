package io.apotheca.application.pricing;

import io.apotheca.application.memory.InMemoryShippingOptions;
import io.apotheca.application.memory.InMemoryTransactions;
import io.apotheca.application.pricing.port.out.ShippingOptions;
import io.apotheca.application.shared.port.out.Transactions;

/** The in-memory shipping options, held to the same contract as the PostgreSQL store. */
class InMemoryShippingOptionsTest extends ShippingOptionsContract {

    private final InMemoryShippingOptions options = new InMemoryShippingOptions();
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    protected ShippingOptions options() {
        return options;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
