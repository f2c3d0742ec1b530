package io.apotheca.application.pricing.port.out;

import io.apotheca.domain.pricing.ShippingOption;
import io.apotheca.domain.pricing.ShippingOptionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The pharmacy's shipping options, active or not; none is ever deleted, so orders keep theirs. */
public interface ShippingOptions {

    void add(ShippingOption option, Instant at);

    void update(ShippingOption option, Instant at);

    Optional<ShippingOption> byId(ShippingOptionId id);

    /** The option, locked until the transaction ends, so that changes to it are made one at a time. */
    Optional<ShippingOption> lock(ShippingOptionId id);

    /** Every option, cheapest first; only the active ones unless {@code includeInactive}. */
    List<ShippingOption> list(boolean includeInactive);

    /** Whether a customer has any option to choose from, and so must choose one at checkout. */
    boolean anyActive();
}
