package io.apotheca.application.memory;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.catalog.port.out.ProductCache;
import io.apotheca.application.identity.VerifiedPharmacists;
import io.apotheca.application.inventory.InventoryPorts;
import io.apotheca.application.order.OrderPorts;
import io.apotheca.application.payment.CashOnDeliveryPaymentGateway;
import io.apotheca.application.payment.PaymentPorts;
import io.apotheca.application.prescription.PrescriptionPorts;
import io.apotheca.application.pricing.PricingPorts;
import io.apotheca.application.pricing.PricingUseCases;
import io.apotheca.application.shared.Caller;
import io.apotheca.application.shared.Principal;
import io.apotheca.application.shared.UuidV7Generator;
import io.apotheca.application.shared.port.out.IdGenerator;
import io.apotheca.domain.identity.Email;
import io.apotheca.domain.identity.PasswordHash;
import io.apotheca.domain.identity.Role;
import io.apotheca.domain.identity.User;
import io.apotheca.domain.identity.UserId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The order and stock use cases' ports, all in memory, wired as {@code bootstrap} wires the real
 * ones. The stores stay reachable so a test can look behind the use cases.
 */
public final class InMemoryPharmacy {

    public final SettableClock clock = new SettableClock(Instant.parse("2026-11-21T10:00:00Z"));
    public final IdGenerator ids = new UuidV7Generator(clock, new SecureRandom());
    public final InMemoryProducts products = new InMemoryProducts();
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
    public final InMemoryDocumentStore documents = new InMemoryDocumentStore();
    public final InMemoryPayments payments = new InMemoryPayments(orders);
    public final InMemoryProviderEvents providerEvents = new InMemoryProviderEvents();
    public final InMemoryProductImages images = new InMemoryProductImages(products);
    public final InMemoryTaxRates taxRates = new InMemoryTaxRates();
    public final InMemoryShippingOptions shippingOptions = new InMemoryShippingOptions();
    public final InventoryPorts inventory;
    public final PricingPorts pricingPorts;
    public final OrderPorts orderPorts;
    public final PrescriptionPorts prescriptionPorts;
    public final PaymentPorts paymentPorts;

    public InMemoryPharmacy(Duration minShelfLife, Duration unpaidTtl, Duration prescriptionTtl) {
        AuditTrail audit = new AuditTrail(auditLog, ids, clock);
        inventory = new InventoryPorts(
                new InMemoryCategories(),
                products,
                ProductCache.none(),
                images,
                documents,
                batches,
                holds,
                movements,
                new VerifiedPharmacists(licences),
                new InMemoryTransactions(),
                audit,
                ids,
                clock,
                minShelfLife);
        pricingPorts = new PricingPorts(taxRates, shippingOptions, inventory.transactions(), audit, ids, clock);
        orderPorts = new OrderPorts(
                orders,
                carts,
                inventory,
                audit,
                outbox,
                payments,
                users,
                PricingUseCases.orderPricing(pricingPorts),
                true,
                unpaidTtl,
                prescriptionTtl);
        prescriptionPorts = new PrescriptionPorts(
                prescriptions,
                documents,
                orders,
                inventory.pharmacists(),
                inventory.transactions(),
                audit,
                outbox,
                ids,
                clock,
                unpaidTtl);
        paymentPorts = new PaymentPorts(
                orders,
                payments,
                providerEvents,
                Optional.empty(),
                new CashOnDeliveryPaymentGateway(),
                Optional.empty(),
                inventory,
                outbox);
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
