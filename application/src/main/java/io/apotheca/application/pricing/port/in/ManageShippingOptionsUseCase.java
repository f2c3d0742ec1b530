package io.apotheca.application.pricing.port.in;

import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.domain.pricing.ShippingOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Shipping options: anyone reads the active ones (the choices at checkout); an administrator reads
 * them all and adds and changes them, each change audited. Options are deactivated, never deleted.
 */
public interface ManageShippingOptionsUseCase {

    Outcome<List<ShippingOption>> list(Caller caller);

    Outcome<ShippingOption> create(Caller caller, Draft draft);

    /** Changes the fields given and keeps the others. */
    Outcome<ShippingOption> update(Caller caller, UUID optionId, Draft changes);

    /**
     * An option's fields as an administrator sends them; null means not given.
     *
     * @param freeOverMinor the free-shipping threshold in minor units: null leaves it as it is, an
     *     empty optional removes it
     */
    record Draft(String name, Long priceMinor, String currency, Optional<Long> freeOverMinor, Boolean active) {}
}
