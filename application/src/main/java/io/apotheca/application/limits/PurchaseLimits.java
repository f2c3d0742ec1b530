package io.apotheca.application.limits;

import io.apotheca.application.limits.port.out.OrderMaxima;
import io.apotheca.application.limits.port.out.PurchaseHistory;
import io.apotheca.application.limits.port.out.PurchaseLimitGroups;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.limits.PurchaseLimitGroup;
import io.apotheca.domain.limits.PurchaseLimitPolicy;
import io.apotheca.domain.limits.PurchaseLimitPolicy.Purchase;
import io.apotheca.domain.limits.WindowRule;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a customer may buy a basket now: no product above its maximum per order, and every limit
 * group the basket touches respected beside what the customer bought in each rule's window. To be
 * atomic, checkout asks while it holds the customer's lock, so that two checkouts of one customer
 * are judged one after the other.
 */
public final class PurchaseLimits {

    private final PurchaseLimitGroups groups;
    private final OrderMaxima maxima;
    private final PurchaseHistory history;

    public PurchaseLimits(PurchaseLimitGroups groups, OrderMaxima maxima, PurchaseHistory history) {
        this.groups = groups;
        this.maxima = maxima;
        this.history = history;
    }

    /**
     * The first limit the basket would break, maxima per order first, then the groups by name.
     *
     * @param basket units of each product, and its name as the customer sees it
     */
    public Optional<LimitBreach> check(UserId customer, Map<ProductId, Basket> basket, Instant now) {
        if (basket.isEmpty()) {
            return Optional.empty();
        }
        Map<ProductId, Integer> most = maxima.of(basket.keySet());
        Optional<LimitBreach> aboveMaximum = basket.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(ProductId::value)))
                .filter(e -> most.containsKey(e.getKey()) && e.getValue().units() > most.get(e.getKey()))
                .findFirst()
                .map(e -> new LimitBreach.OrderMaximum(
                        e.getKey(),
                        e.getValue().name(),
                        most.get(e.getKey()),
                        e.getValue().units()));
        if (aboveMaximum.isPresent()) {
            return aboveMaximum;
        }
        List<PurchaseLimitGroups.Stored> touched = groups.containing(basket.keySet());
        if (touched.isEmpty()) {
            return Optional.empty();
        }
        Duration longest = touched.stream()
                .flatMap(s -> s.group().rules().stream())
                .map(WindowRule::window)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Set<ProductId> counted = touched.stream()
                .flatMap(s -> s.group().amountPerUnit().keySet().stream())
                .collect(Collectors.toSet());
        List<Purchase> before = history.of(customer, counted, now.minus(longest));
        List<Purchase> asked = basket.entrySet().stream()
                .map(e -> new Purchase(e.getKey(), e.getValue().units(), now))
                .toList();
        for (PurchaseLimitGroups.Stored stored : touched) {
            PurchaseLimitGroup group = stored.group();
            if (PurchaseLimitPolicy.check(group, before, asked, now) instanceof PurchaseLimitPolicy.Exceeded over) {
                return Optional.of(new LimitBreach.GroupLimit(
                        stored.id(),
                        group.name(),
                        group.unit(),
                        over.rule(),
                        over.bought(),
                        over.asked(),
                        over.stillAllowed()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether no purchase-limit group contains any of the products: their basket is then judged by
     * the maxima per order alone, without the customer's history.
     */
    public boolean judgedByMaximaAlone(Collection<ProductId> products) {
        return groups.containing(products).isEmpty();
    }

    /**
     * A line of the basket.
     *
     * @param units how many
     * @param name the product's name, to say which one is over its maximum
     */
    public record Basket(int units, String name) {}
}
