package io.apotheca.application.pricing;

import io.apotheca.application.pricing.port.in.ManageShippingOptionsUseCase;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.ShopPrices;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.pricing.ShippingOption;
import io.apotheca.domain.pricing.ShippingOptionId;
import io.apotheca.domain.shared.Money;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Shipping options: read by anyone, written by administrators, every change audited. */
final class ShippingOptionService implements ManageShippingOptionsUseCase {

    private final PricingPorts ports;

    ShippingOptionService(PricingPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<List<ShippingOption>> list(Caller caller) {
        boolean admin = caller.principal()
                .map(Principal::role)
                .filter(r -> r == Role.ADMIN)
                .isPresent();
        return Outcome.done(ports.shippingOptions().list(admin));
    }

    @Override
    public Outcome<ShippingOption> create(Caller caller, Draft draft) {
        return Access.admin(caller).then(admin -> {
            Optional<Refusal> invalid =
                    validate(draft, true).or(() -> ShopPrices.aboveCeiling(draft.priceMinor(), freeOverMinor(draft)));
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            ShippingOption option =
                    merged(new ShippingOptionId(ports.kernel().ids().next()), draft, Optional.empty());
            return ports.kernel().transactions().inTransaction(() -> {
                ports.shippingOptions().add(option, ports.kernel().clock().instant());
                audit(caller, "shipping_option.created", option);
                return Outcome.done(option);
            });
        });
    }

    @Override
    public Outcome<ShippingOption> update(Caller caller, UUID optionId, Draft changes) {
        return Access.admin(caller).then(admin -> {
            Optional<Refusal> invalid = validate(changes, false)
                    .or(() -> ShopPrices.aboveCeiling(changes.priceMinor(), freeOverMinor(changes)));
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            return ports.kernel().transactions().inTransaction(() -> {
                Optional<ShippingOption> current = ports.shippingOptions().lock(new ShippingOptionId(optionId));
                if (current.isEmpty()) {
                    return Outcome.refused(Refusal.notFound());
                }
                Optional<Refusal> relabelled = relabelled(current.get(), changes);
                if (relabelled.isPresent()) {
                    return Outcome.refused(relabelled.get());
                }
                ShippingOption option = merged(current.get().id(), changes, current);
                ports.shippingOptions().update(option, ports.kernel().clock().instant());
                audit(caller, "shipping_option.updated", option);
                return Outcome.done(option);
            });
        });
    }

    /** The threshold the draft sets, or null when it sets none or leaves it as it is. */
    private static Long freeOverMinor(Draft draft) {
        return draft.freeOverMinor() == null ? null : draft.freeOverMinor().orElse(null);
    }

    private static Optional<Refusal> validate(Draft draft, boolean complete) {
        Validation validation = new Validation();
        if (complete || draft.name() != null) {
            validation.text("name", draft.name(), ShippingOption.MAX_NAME_LENGTH);
        }
        if (complete || draft.priceMinor() != null) {
            validation.atLeast("price.amount", draft.priceMinor(), 0);
        }
        validation.currency("price.currency", draft.currency());
        if (draft.freeOverMinor() != null && draft.freeOverMinor().isPresent()) {
            validation.atLeast("freeOver.amount", draft.freeOverMinor().get(), 1);
        }
        return validation.refusal();
    }

    /** A new currency needs new amounts: the old ones are not to be relabelled. */
    private static Optional<Refusal> relabelled(ShippingOption current, Draft changes) {
        if (changes.currency() == null
                || changes.currency().equals(current.price().currency().getCurrencyCode())) {
            return Optional.empty();
        }
        Validation validation = new Validation();
        if (changes.priceMinor() == null) {
            validation.problem("price.amount", "is required when the currency changes");
        }
        if (changes.freeOverMinor() == null && current.freeOver().isPresent()) {
            validation.problem("freeOver", "is required (or null to remove it) when the currency changes");
        }
        return validation.refusal();
    }

    /** The option with the draft's fields over the current ones; the threshold follows the price's currency. */
    private static ShippingOption merged(ShippingOptionId id, Draft d, Optional<ShippingOption> base) {
        String currency = d.currency() != null
                ? d.currency()
                : base.map(b -> b.price().currency().getCurrencyCode())
                        .orElse(Money.DEFAULT_CURRENCY.getCurrencyCode());
        long price = d.priceMinor() != null
                ? d.priceMinor()
                : base.orElseThrow().price().minor();
        Optional<Long> freeOver = d.freeOverMinor() != null
                ? d.freeOverMinor()
                : base.flatMap(ShippingOption::freeOver).map(Money::minor);
        return new ShippingOption(
                id,
                d.name() != null ? d.name().trim() : base.orElseThrow().name(),
                Money.of(price, currency),
                freeOver.map(minor -> Money.of(minor, currency)),
                d.active() != null
                        ? d.active()
                        : base.map(ShippingOption::active).orElse(true));
    }

    private void audit(Caller caller, String action, ShippingOption option) {
        ports.audit().record(caller, action, "shipping_option", option.id().toString(), describe(option));
    }

    private static Map<String, String> describe(ShippingOption option) {
        Map<String, String> details = new TreeMap<>();
        details.put("name", option.name());
        details.put("price", option.price().toString());
        details.put("freeOver", option.freeOver().map(Money::toString).orElse("none"));
        details.put("active", Boolean.toString(option.active()));
        return details;
    }
}
