package io.apotheca.application.recall;

import static io.apotheca.application.memory.Outcomes.done;
import static io.apotheca.application.memory.Outcomes.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.application.cart.CartUseCases;
import io.apotheca.application.cart.port.in.ManageCartUseCase;
import io.apotheca.application.catalog.CatalogUseCases;
import io.apotheca.application.catalog.port.in.ManageCategoriesUseCase.NewCategory;
import io.apotheca.application.events.DomainEvent;
import io.apotheca.application.events.EventEnvelopes;
import io.apotheca.application.events.PharmacyEvent.RecallNoticeSent;
import io.apotheca.application.inventory.InventoryUseCases;
import io.apotheca.application.inventory.port.in.ManageStockUseCase;
import io.apotheca.application.inventory.port.in.ManageStockUseCase.Inventory;
import io.apotheca.application.inventory.port.in.ManageStockUseCase.Receipt;
import io.apotheca.application.memory.InMemoryPharmacy;
import io.apotheca.application.order.OrderUseCases;
import io.apotheca.application.order.port.in.CheckoutUseCase;
import io.apotheca.application.order.port.in.CheckoutUseCase.AddressLines;
import io.apotheca.application.order.port.out.Orders.Placed;
import io.apotheca.application.recall.port.in.RecallLotUseCase;
import io.apotheca.application.recall.port.in.RecallLotUseCase.Request;
import io.apotheca.application.recall.port.in.RecallReportsUseCase;
import io.apotheca.application.recall.port.out.Recalls.Kept;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.CommonReason;
import io.apotheca.application.shared.Principal;
import io.apotheca.domain.identity.LicenceNumber;
import io.apotheca.domain.identity.PharmacistLicence;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.inventory.Batch;
import io.apotheca.domain.inventory.BatchStatus;
import io.apotheca.domain.inventory.RecallClass;
import io.apotheca.domain.order.CancellationReason;
import io.apotheca.domain.order.Order;
import io.apotheca.domain.order.OrderStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A recall through the use cases alone: the patients who received the lot (first expiry first out
 * across two lots) are found and each told once; open orders the remaining stock can no longer serve
 * are cancelled, the newest first, and the others keep their holds. Over HTTP on PostgreSQL, with a
 * paid order refunded and the CSV report, in {@code RecallApiIT}.
 */
class RecallScenarioTest {

    private static final AddressLines HOME = new AddressLines("Ada", "1 A St", null, "Oslo", null, "0150", "NO");

    private final InMemoryPharmacy pharmacy =
            new InMemoryPharmacy(Duration.ofDays(30), Duration.ofMinutes(30), Duration.ofDays(3));
    private final ManageStockUseCase stock = InventoryUseCases.stock(pharmacy.inventory);
    private final RecallLotUseCase recall = RecallUseCases.recall(pharmacy.recallPorts);
    private final RecallReportsUseCase reports = RecallUseCases.reports(pharmacy.recallPorts);
    private final ManageCartUseCase cart = CartUseCases.cart(
            pharmacy.carts,
            pharmacy.products,
            pharmacy.orderPorts.pricing(),
            pharmacy.orderPorts.limits(),
            pharmacy.clock);
    private final CheckoutUseCase checkout = OrderUseCases.checkout(pharmacy.orderPorts);
    private final Caller admin = caller(Role.ADMIN);
    private UUID product;

    @BeforeEach
    void shelf() {
        UUID category = done(CatalogUseCases.categories(pharmacy.catalog)
                        .create(admin, new NewCategory("Pain", "pain", null)))
                .id()
                .value();
        product = pharmacy.overTheCounter(admin, category, "IBU-400", "Ibuprofen 400 mg");
    }

    @Test
    void every_patient_who_received_the_lot_is_found_and_told_once() {
        Batch soon = done(stock.receive(admin, new Receipt(product, "SOON", today().plusDays(90), 4)));
        done(stock.receive(admin, new Receipt(product, "LATE", today().plusDays(300), 10)));
        Caller ada = pharmacy.signedIn(Role.CUSTOMER, true);
        Caller ben = pharmacy.signedIn(Role.CUSTOMER, true);
        Caller cy = pharmacy.signedIn(Role.CUSTOMER, true);
        dispensed(ada, 3); // 3 from SOON
        dispensed(ben, 3); // 1 from SOON, 2 from LATE
        dispensed(cy, 2); // 2 from LATE

        Kept kept = done(recall.recall(
                admin,
                soon.id().value(),
                new Request("Contamination found", "I", "Return the packs to the pharmacy.")));

        assertThat(kept.recall().recallClass()).isEqualTo(RecallClass.I);
        assertThat(kept.patients())
                .extracting(p -> p.dispensed().patient(), p -> p.dispensed().quantity())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(id(ada), 3),
                        org.assertj.core.groups.Tuple.tuple(id(ben), 1));
        assertThat(kept.figures()).isEqualTo(new io.apotheca.application.recall.port.out.Recalls.Figures(4, 4, 0));
        assertThat(kept.cancellations()).isEmpty();
        List<DomainEvent> notices = pharmacy.outbox.lockUnpublished(1000).stream()
                .filter(e -> e.type().equals("recall.notice_due"))
                .toList();
        assertThat(notices)
                .extracting(e -> e.data().get("customerId"))
                .containsExactly(id(ada).toString(), id(ben).toString());
        // the event names the patient beside ids and codes only; the notice's words are read when it is written
        assertThat(notices.get(0).data())
                .containsOnlyKeys("customerId", "recallClass", "units")
                .containsEntry("recallClass", "I")
                .containsEntry("units", "3");
        assertThat(new RecallNoticeTexts(pharmacy.recalls).of(kept.recall().id()))
                .hasValueSatisfying(notice -> {
                    assertThat(notice.productName()).isEqualTo("Ibuprofen 400 mg");
                    assertThat(notice.lot().value()).isEqualTo("SOON");
                    assertThat(notice.instructions()).contains("Return the packs to the pharmacy.");
                });
        assertThat(pharmacy.outbox.typesOf(soon.id().toString())).containsExactly("batch.recalled");
        assertThat(pharmacy.auditLog.actions()).contains("batch.recalled");

        // the sender's word that Ada's notice left reaches the report through the relay
        RecallUseCases.noticeLedger(pharmacy.recallPorts)
                .publish(EventEnvelopes.envelope(
                        new RecallNoticeSent(kept.recall().id(), id(ada)),
                        UUID.randomUUID(),
                        pharmacy.clock.instant()));
        Kept read = done(reports.report(admin, kept.recall().id(), "json"));
        assertThat(read.patients())
                .extracting(p -> p.noticeSentAt().isPresent())
                .containsExactly(true, false);
        assertThat(pharmacy.auditLog.actions()).contains("recall.report_viewed");
        assertThat(refusal(reports.report(ada, kept.recall().id(), "json"))).isEqualTo(CommonReason.FORBIDDEN);
        assertThat(refusal(recall.recall(admin, soon.id().value(), new Request("again", null, null))))
                .isEqualTo(CommonReason.INVALID_TRANSITION);
    }

    @Test
    void the_orders_the_remaining_stock_cannot_serve_are_cancelled_newest_first_and_the_others_keep_their_holds() {
        Batch recalled = done(stock.receive(admin, new Receipt(product, "BAD", today().plusDays(200), 5)));
        done(stock.receive(admin, new Receipt(product, "GOOD", today().plusDays(300), 3)));
        Placed oldest = placed(pharmacy.signedIn(Role.CUSTOMER, true), 2);
        pharmacy.clock.advance(Duration.ofSeconds(1));
        Placed middle = placed(pharmacy.signedIn(Role.CUSTOMER, true), 2);
        pharmacy.clock.advance(Duration.ofSeconds(1));
        Placed newest = placed(pharmacy.signedIn(Role.CUSTOMER, true), 2);

        Kept kept = done(recall.recall(admin, recalled.id().value(), new Request("Wrong strength", null, null)));

        assertThat(kept.recall().recallClass()).isEqualTo(RecallClass.II);
        assertThat(kept.cancellations())
                .extracting(c -> c.order(), c -> c.before())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(newest.order().id(), OrderStatus.AWAITING_PAYMENT),
                        org.assertj.core.groups.Tuple.tuple(middle.order().id(), OrderStatus.AWAITING_PAYMENT));
        assertThat(statusOf(oldest)).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        for (Placed gone : List.of(middle, newest)) {
            Order.Cancelled cancelled = (Order.Cancelled)
                    pharmacy.orders.byId(gone.order().id()).orElseThrow().order();
            assertThat(cancelled.reason()).isEqualTo(CancellationReason.STOCK_RECALLED);
            assertThat(pharmacy.holds.of(gone.order().id()))
                    .allMatch(h -> h.releasedAt().isPresent());
            assertThat(pharmacy.outbox.typesOf(gone.order().id().toString())).contains("order.cancelled");
        }
        Inventory after = done(stock.inventory(admin, product));
        assertThat(after.reserved()).isEqualTo(2);
        assertThat(after.available()).isEqualTo(1);
        assertThat(after.batches())
                .filteredOn(b -> b.id().equals(recalled.id()))
                .extracting(Batch::status)
                .containsExactly(BatchStatus.RECALLED);
    }

    private void dispensed(Caller customer, int units) {
        Placed placed = placed(customer, units);
        pharmacy.orders.update(
                ((Order.AwaitingPayment) placed.order()).paid("pi_" + UUID.randomUUID(), pharmacy.clock.instant()));
        done(OrderUseCases.fulfilment(pharmacy.orderPorts)
                .fulfil(verifiedPharmacist(), placed.order().id().value()));
        pharmacy.clock.advance(Duration.ofMinutes(1));
    }

    private Placed placed(Caller customer, int units) {
        done(cart.setQuantity(customer, product, units));
        return done(checkout.checkout(customer, HOME, Optional.empty()));
    }

    private OrderStatus statusOf(Placed placed) {
        return pharmacy.orders.byId(placed.order().id()).orElseThrow().order().status();
    }

    private Caller verifiedPharmacist() {
        Caller caller = caller(Role.PHARMACIST);
        UserId id = caller.principal().orElseThrow().userId();
        PharmacistLicence.PendingVerification pending = new PharmacistLicence.PendingVerification(
                id, new LicenceNumber("PH-" + id.value().toString().substring(0, 8), "CA"), pharmacy.clock.instant());
        pharmacy.licences.add(pending);
        pharmacy.licences.update(pending.approve(id(admin), pharmacy.clock.instant()));
        return caller;
    }

    private LocalDate today() {
        return pharmacy.today();
    }

    private static UserId id(Caller caller) {
        return caller.principal().orElseThrow().userId();
    }

    private static Caller caller(Role role) {
        return new Caller(
                Optional.of(new Principal(new UserId(UUID.randomUUID()), role, UUID.randomUUID())),
                "scenario",
                "127.0.0.1");
    }
}
