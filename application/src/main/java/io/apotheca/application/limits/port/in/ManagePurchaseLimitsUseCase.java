package io.apotheca.application.limits.port.in;

import io.apotheca.application.limits.port.out.OrderMaxima.Maximum;
import io.apotheca.application.limits.port.out.PurchaseLimitGroups.Stored;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import java.util.List;
import java.util.UUID;

/**
 * An administrator defines the pharmacy's purchase limits: groups of medicines with their rules,
 * and a most per order for single products. Every change is audited.
 */
public interface ManagePurchaseLimitsUseCase {

    Outcome<List<Stored>> list(Caller caller);

    Outcome<Stored> get(Caller caller, UUID groupId);

    Outcome<Stored> create(Caller caller, Draft draft);

    /** Replaces the group whole: its name, unit, rules and products. */
    Outcome<Stored> replace(Caller caller, UUID groupId, Draft draft);

    Outcome<UUID> delete(Caller caller, UUID groupId);

    Outcome<List<Maximum>> maxima(Caller caller);

    Outcome<Maximum> setMaximum(Caller caller, UUID productId, Integer units);

    Outcome<UUID> removeMaximum(Caller caller, UUID productId);

    /**
     * A group as an administrator sends it; null means not given.
     *
     * @param unit what its amounts count, such as "mg pseudoephedrine base"
     */
    record Draft(String name, String unit, List<RuleDraft> rules, List<ProductDraft> products) {}

    /**
     * At most {@code most} of the group's amount per rolling {@code window}.
     *
     * @param window an ISO-8601 duration, such as {@code P1D} or {@code P30D}
     */
    record RuleDraft(Long most, String window) {}

    /** A product of the group, with the amount of the group's unit one unit of it contains. */
    record ProductDraft(UUID productId, Long amountPerUnit) {}
}
