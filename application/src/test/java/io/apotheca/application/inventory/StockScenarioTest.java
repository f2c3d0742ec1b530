package io.apotheca.application.inventory;

import static io.apotheca.application.memory.Outcomes.done;
import static io.apotheca.application.memory.Outcomes.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.catalog.CatalogUseCases;
import io.apotheca.application.catalog.port.in.ManageCategoriesUseCase.NewCategory;
import io.apotheca.application.catalog.port.in.ManageProductsUseCase.Draft;
import io.apotheca.application.catalog.port.in.ProductDetails;
import io.apotheca.application.inventory.port.in.ExpireLotsUseCase;
import io.apotheca.application.inventory.port.in.ManageStockUseCase;
import io.apotheca.application.inventory.port.in.ManageStockUseCase.Inventory;
import io.apotheca.application.inventory.port.in.ManageStockUseCase.Receipt;
import io.apotheca.application.inventory.port.in.StockReportsUseCase;
import io.apotheca.application.memory.InMemoryPharmacy;
import io.apotheca.application.recall.RecallUseCases;
import io.apotheca.application.recall.port.in.RecallLotUseCase;
import io.apotheca.application.recall.port.in.RecallLotUseCase.Request;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.InventoryReason;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.domain.inventory.BatchStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A product's stock through the use cases alone, on in-memory stores: lots are received, counted,
 * recalled and expired; what may be sold is the sellable lots less nothing held; the reports name
 * what runs low and what expires soon; a customer may do none of it.
 */
class StockScenarioTest {

    private static final Duration MIN_SHELF_LIFE = Duration.ofDays(30);

    private final InMemoryPharmacy pharmacy =
            new InMemoryPharmacy(MIN_SHELF_LIFE, Duration.ofMinutes(30), Duration.ofDays(3));
    private final ManageStockUseCase stock = InventoryUseCases.stock(pharmacy.inventory);
    private final StockReportsUseCase reports = InventoryUseCases.reports(pharmacy.inventory);
    private final ExpireLotsUseCase expiry = InventoryUseCases.expireLots(pharmacy.inventory);
    private final Caller admin = pharmacy.signedIn(Role.ADMIN, true);
    private final Caller customer = pharmacy.signedIn(Role.CUSTOMER, true);

    @Test
    void received_lots_are_sold_until_recalled_or_too_close_to_expiry_and_counted_down_but_never_below_zero() {
        UUID product = product("IBU-200", 5);
        Batch late = done(stock.receive(admin, new Receipt(product, "LATE", today().plusDays(400), 10)));
        Batch soon = done(stock.receive(admin, new Receipt(product, "SOON", today().plusDays(45), 4)));

        assertThat(done(stock.inventory(admin, product)))
                .extracting(Inventory::onHand, Inventory::available)
                .containsExactly(14, 14);

        done(stock.adjust(admin, late.id().value(), -3, "broken in the stock room"));
        assertThat(refusal(stock.adjust(admin, late.id().value(), -8, "counted again")))
                .isEqualTo(InventoryReason.BELOW_ZERO);
        RecallLotUseCase recall = RecallUseCases.recall(pharmacy.recallPorts);
        done(recall.recall(admin, late.id().value(), new Request("manufacturer's recall", null, null)));
        assertThat(refusal(recall.recall(admin, late.id().value(), new Request("again", null, null))))
                .isEqualTo(CommonReason.INVALID_TRANSITION);
        assertThat(done(stock.inventory(admin, product)).available()).isEqualTo(4);

        pharmacy.clock.advance(Duration.ofDays(16));
        assertThat(expiry.expireDue()).isZero();
        assertThat(done(stock.inventory(admin, product)).available())
                .as("45 days of shelf life less 16 leaves fewer than the 30 a lot must have to be sold")
                .isZero();
        assertThat(done(stock.inventory(admin, product)).batches())
                .extracting(Batch::lot, Batch::status)
                .anySatisfy(lot -> assertThat(lot.toList()).containsExactly(soon.lot(), BatchStatus.ACTIVE));
    }

    @Test
    void a_lot_past_its_date_is_marked_expired_by_the_daily_job_and_cannot_be_received() {
        UUID product = product("PARA-500", 2);
        Batch lot = done(stock.receive(admin, new Receipt(product, "L1", today().plusDays(10), 6)));

        pharmacy.clock.advance(Duration.ofDays(11));

        assertThat(expiry.expireDue()).isEqualTo(1);
        assertThat(pharmacy.batches.byId(lot.id()).orElseThrow().status()).isEqualTo(BatchStatus.EXPIRED);
        assertThat(refusal(stock.receive(admin, new Receipt(product, "L2", today().minusDays(1), 6))))
                .isEqualTo(InventoryReason.LOT_EXPIRED);
    }

    @Test
    void a_lot_number_is_received_once_per_product_and_only_for_a_product_that_exists() {
        UUID product = product("ASP-100", 2);
        done(stock.receive(admin, new Receipt(product, "L1", today().plusDays(200), 6)));

        assertThat(refusal(stock.receive(admin, new Receipt(product, "L1", today().plusDays(300), 2))))
                .isEqualTo(InventoryReason.LOT_TAKEN);
        assertThat(refusal(stock.receive(admin, new Receipt(UUID.randomUUID(), "L9", today().plusDays(300), 2))))
                .isEqualTo(InventoryReason.UNKNOWN_PRODUCT);
    }

    @Test
    void the_reports_name_what_runs_low_and_what_expires_soon_to_staff_only() {
        UUID low = product("LOW-1", 5);
        UUID plenty = product("PLENTY-1", 5);
        done(stock.receive(admin, new Receipt(low, "L-LOW", today().plusDays(60), 5)));
        done(stock.receive(admin, new Receipt(plenty, "L-PLENTY", today().plusDays(400), 50)));

        assertThat(done(reports.lowStock(admin)))
                .extracting(details -> details.product().id().value())
                .contains(low)
                .doesNotContain(plenty);
        assertThat(done(reports.expiring(admin, 90)))
                .extracting(Batch::productId)
                .extracting(p -> p.value())
                .containsExactly(low);
        assertThat(refusal(reports.lowStock(customer))).isEqualTo(CommonReason.FORBIDDEN);
        assertThat(refusal(stock.receive(customer, new Receipt(low, "L-X", today().plusDays(90), 1))))
                .isEqualTo(CommonReason.FORBIDDEN);
    }

    private UUID product(String sku, int reorderLevel) {
        UUID category = done(CatalogUseCases.categories(pharmacy.catalog)
                        .create(admin, new NewCategory("Shelf " + sku, "shelf-" + sku.toLowerCase(), null)))
                .id()
                .value();
        ProductDetails created = done(CatalogUseCases.products(pharmacy.catalog)
                .create(
                        admin,
                        new Draft(
                                sku,
                                "Product " + sku,
                                "For the stock scenario",
                                "Acme",
                                category,
                                350L,
                                "USD",
                                false,
                                reorderLevel,
                                true,
                                null,
                                null)));
        return created.product().id().value();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(pharmacy.clock.instant(), ZoneOffset.UTC);
    }
}
