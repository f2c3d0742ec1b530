package io.apotheca.application.memory;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.cart.CartUseCases;
import io.apotheca.application.catalog.CatalogPorts;
import io.apotheca.application.catalog.CatalogUseCases;
import io.apotheca.application.catalog.port.in.ManageProductsUseCase;
import io.apotheca.application.catalog.port.out.ShopWindow;
import io.apotheca.application.identity.VerifiedPharmacists;
import io.apotheca.application.inventory.InventoryPorts;
import io.apotheca.application.inventory.StockAvailability;
import io.apotheca.application.inventory.StockForOrders;
import io.apotheca.application.limits.LimitPorts;
import io.apotheca.application.order.OrderPorts;
import io.apotheca.application.payment.CashOnDeliveryCollection;
import io.apotheca.application.payment.CashOnDeliveryPaymentGateway;
import io.apotheca.application.payment.PaymentPorts;
import io.apotheca.application.payment.RefundsForRecalls;
import io.apotheca.application.prescription.FillsForOrders;
import io.apotheca.application.prescription.PrescriptionPorts;
import io.apotheca.application.pricing.OrderPricing;
import io.apotheca.application.pricing.PricingPorts;
import io.apotheca.application.pricing.PricingUseCases;
import io.apotheca.application.recall.RecallPorts;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Kernel;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.UuidV7Generator;
import io.apotheca.application.shared.port.out.IdGenerator;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import io.apotheca.domain.prescription.FillPolicy;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * The order and stock use cases' ports, all in memory, wired as {@code bootstrap} wires the real
 * ones. The stores stay reachable so a test can look behind the use cases.
 */
public final class InMemoryPharmacy {

    /** How many of one patient's uploads may wait for review at once, as the pharmacy's default. */
    public static final int PENDING_PER_PATIENT = 5;

    public final SettableClock clock = new SettableClock(Instant.parse("2026-11-21T10:00:00Z"));
    public final IdGenerator ids = new UuidV7Generator(clock, new SecureRandom());
    public final InMemoryProducts products = new InMemoryProducts();
    public final InMemoryProductCodes productCodes = new InMemoryProductCodes();
    public final InMemoryBatches batches = new InMemoryBatches();
    public final InMemoryStockHolds holds = new InMemoryStockHolds();
    public final InMemoryStockMovements movements = new InMemoryStockMovements();
    public final InMemoryPharmacistLicences licences = new InMemoryPharmacistLicences();
    public final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    public final InMemoryOrders orders = new InMemoryOrders();
    public final InMemoryUsers users = new InMemoryUsers();
    public final InMemoryCartStore carts = new InMemoryCartStore();
    public final InMemoryOutbox outbox = new InMemoryOutbox();
    public final InMemoryPrescriptions prescriptions = new InMemoryPrescriptions();
    public final InMemoryPrescriptionFills fills = new InMemoryPrescriptionFills(prescriptions, orders);
    public final InMemoryDocumentStore documents = new InMemoryDocumentStore(clock);
    public final InMemoryPayments payments = new InMemoryPayments(orders);
    public final InMemoryProviderEvents providerEvents = new InMemoryProviderEvents();
    public final InMemoryProductImages images = new InMemoryProductImages(products);
    public final InMemoryTaxRates taxRates = new InMemoryTaxRates();
    public final InMemoryShippingOptions shippingOptions = new InMemoryShippingOptions();
    public final Kernel kernel = new Kernel(clock, ids, new InMemoryTransactions());
    public final InMemoryPurchaseLimitGroups limitGroups = new InMemoryPurchaseLimitGroups();
    public final InMemoryOrderMaxima orderMaxima = new InMemoryOrderMaxima();
    public final LimitPorts limitPorts;
    public final InventoryPorts inventory;
    public final CatalogPorts catalog;
    public final PricingPorts pricingPorts;
    public final OrderPorts orderPorts;
    public final PrescriptionPorts prescriptionPorts;
    public final PaymentPorts paymentPorts;
    public final InMemoryRecalls recalls;
    public final RecallPorts recallPorts;

    public InMemoryPharmacy(Duration minShelfLife, Duration unpaidTtl, Duration prescriptionTtl) {
        AuditTrail audit = new AuditTrail(auditLog, ids, clock);
        VerifiedPharmacists pharmacists = new VerifiedPharmacists(licences);
        inventory = new InventoryPorts(
                products, images, batches, holds, movements, pharmacists, audit, kernel, minShelfLife);
        catalog = new CatalogPorts(
                new InMemoryCategories(),
                products,
                productCodes,
                ShopWindow.none(),
                images,
                documents,
                new StockAvailability(inventory),
                audit,
                kernel);
        pricingPorts = new PricingPorts(taxRates, shippingOptions, audit, kernel);
        StockForOrders stock = new StockForOrders(inventory);
        OrderPricing pricing = PricingUseCases.orderPricing(pricingPorts);
        limitPorts =
                new LimitPorts(limitGroups, orderMaxima, new InMemoryPurchaseHistory(orders), products, audit, kernel);
        prescriptionPorts = new PrescriptionPorts(
                prescriptions,
                products,
                productCodes,
                users,
                CartUseCases.cart(carts, products, pricing, limitPorts.limits(), clock),
                fills,
                documents,
                orders,
                pharmacists,
                audit,
                outbox,
                kernel,
                FillPolicy.Rules.DEFAULT,
                unpaidTtl,
                PENDING_PER_PATIENT);
        orderPorts = new OrderPorts(
                orders,
                carts,
                products,
                stock,
                pharmacists,
                audit,
                outbox,
                new CashOnDeliveryCollection(payments),
                new FillsForOrders(prescriptionPorts),
                users,
                pricing,
                limitPorts.limits(),
                kernel,
                true,
                unpaidTtl,
                prescriptionTtl,
                io.apotheca.application.order.port.out.CardCharges.NONE,
                io.apotheca.application.order.port.out.OrderPlacement.never());
        paymentPorts = new PaymentPorts(
                orders,
                payments,
                providerEvents,
                Optional.empty(),
                new CashOnDeliveryPaymentGateway(),
                Optional.empty(),
                stock,
                new FillsForOrders(prescriptionPorts),
                audit,
                kernel,
                outbox,
                io.apotheca.domain.payment.CardCapturePolicy.automatic());
        recalls = new InMemoryRecalls(movements, holds, orders, users, products);
        recallPorts = new RecallPorts(
                inventory,
                orders,
                new FillsForOrders(prescriptionPorts),
                recalls,
                new RefundsForRecalls(paymentPorts),
                outbox);
    }

    /**
     * A product sold over the counter at 4.99 USD, created by the administrator in the category; the
     * scenario tests' shelf.
     */
    public UUID overTheCounter(Caller admin, UUID category, String sku, String name) {
        ManageProductsUseCase.Draft draft = new ManageProductsUseCase.Draft(
                sku, name, "Scenario product", "Acme", category, 499L, "USD", false, 2, true, null, null);
        return Outcomes.done(CatalogUseCases.products(catalog).create(admin, draft))
                .product()
                .id()
                .value();
    }

    /** The pharmacy's clock's day, in UTC. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A signed-in account of this role, registered with its e-mail verified (or not). */
    public Caller signedIn(Role role, boolean emailVerified) {
        UserId id = new UserId(ids.next());
        User user = new User(
                id,
                new Email(role.name().toLowerCase(java.util.Locale.ROOT) + "-" + id + "@example.org"),
                "Test " + role.name().toLowerCase(java.util.Locale.ROOT),
                role,
                true,
                new PasswordHash("$test$"),
                clock.instant());
        users.add(emailVerified ? user.withEmailVerified(clock.instant()) : user);
        return new Caller(Optional.of(new Principal(id, role, ids.next())), "test", "127.0.0.1");
    }
}
