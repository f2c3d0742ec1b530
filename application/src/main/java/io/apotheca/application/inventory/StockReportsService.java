package io.apotheca.application.inventory;

import io.apotheca.application.catalog.port.in.ProductDetails;
import io.apotheca.application.inventory.port.in.StockReportsUseCase;
import io.apotheca.application.shared.Access;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Outcome;
import io.apotheca.application.shared.Refusal;
import io.apotheca.application.shared.Validation;
import io.apotheca.domain.catalog.Product;
import io.apotheca.domain.catalog.ProductId;
import io.apotheca.domain.catalog.ProductImage;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.domain.inventory.ProductStock;
import io.apotheca.domain.inventory.SellableBatchPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The low-stock and expiring reports; availability decided by the domain, product by product. */
final class StockReportsService implements StockReportsUseCase {

    private static final int CHUNK = 500;
    private static final int MAX_EXPIRING = 1_000;

    private final InventoryPorts ports;

    StockReportsService(InventoryPorts ports) {
        this.ports = ports;
    }

    @Override
    public Outcome<List<ProductDetails>> lowStock(Caller caller) {
        return Access.signedIn(caller).then(principal -> {
            if (principal.role() != Role.ADMIN && !ports.pharmacists().actsAsPharmacist(principal)) {
                return Outcome.refused(Refusal.forbidden());
            }
            SellableBatchPolicy policy = ports.sellable();
            List<ProductDetails> low = new ArrayList<>();
            Optional<ProductId> after = Optional.empty();
            List<Product> chunk;
            do {
                chunk = ports.products().active(after, CHUNK);
                List<ProductId> ids = chunk.stream().map(Product::id).toList();
                Map<ProductId, List<Batch>> lots =
                        ports.batches().ofProducts(ids).stream().collect(Collectors.groupingBy(Batch::productId));
                Map<ProductId, Integer> held = ports.holds().heldOf(ids);
                for (Product product : chunk) {
                    int available = new ProductStock(
                                    product.id(),
                                    lots.getOrDefault(product.id(), List.of()),
                                    held.getOrDefault(product.id(), 0))
                            .available(policy);
                    if (available <= product.reorderLevel()) {
                        low.add(new ProductDetails(product, available, List.of()));
                    }
                }
                after = chunk.isEmpty()
                        ? after
                        : Optional.of(chunk.get(chunk.size() - 1).id());
            } while (chunk.size() == CHUNK);
            Map<ProductId, List<ProductImage>> images =
                    ports.images().of(low.stream().map(d -> d.product().id()).toList());
            return Outcome.done(low.stream()
                    .map(d -> new ProductDetails(
                            d.product(),
                            d.available(),
                            images.getOrDefault(d.product().id(), List.of())))
                    .toList());
        });
    }

    @Override
    public Outcome<List<Batch>> expiring(Caller caller, Integer withinDays) {
        return Access.signedIn(caller).then(principal -> {
            if (principal.role() != Role.ADMIN && !ports.pharmacists().actsAsPharmacist(principal)) {
                return Outcome.refused(Refusal.forbidden());
            }
            Optional<Refusal> invalid =
                    new Validation().atLeast("withinDays", withinDays, 0).refusal();
            if (invalid.isEmpty() && withinDays > 3_650) {
                invalid = new Validation()
                        .problem("withinDays", "must be at most 3650")
                        .refusal();
            }
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
            return Outcome.done(
                    ports.batches().activeExpiringBy(ports.sellable().today().plusDays(withinDays), MAX_EXPIRING));
        });
    }
}
