package io.apotheca.bootstrap;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.cart.CartUseCases;
import io.apotheca.application.cart.port.in.ManageCartUseCase;
import io.apotheca.application.catalog.CatalogPorts;
import io.apotheca.application.identity.IdentityPorts;
import io.apotheca.application.identity.VerifiedPharmacists;
import io.apotheca.application.inventory.InventoryPorts;
import io.apotheca.application.inventory.StockAvailability;
import io.apotheca.application.inventory.StockForOrders;
import io.apotheca.application.limits.LimitPorts;
import io.apotheca.application.medication.MedicationRecordPorts;
import io.apotheca.application.notification.NotificationPorts;
import io.apotheca.application.notification.port.out.Mailer;
import io.apotheca.application.order.OrderPersonalRecords;
import io.apotheca.application.order.OrderPorts;
import io.apotheca.application.outbound.OutboundPorts;
import io.apotheca.application.payment.CashOnDeliveryCollection;
import io.apotheca.application.payment.CashOnDeliveryPaymentGateway;
import io.apotheca.application.payment.PaymentPorts;
import io.apotheca.application.payment.PaymentUseCases;
import io.apotheca.application.payment.RefundsForRecalls;
import io.apotheca.application.prescription.FillsForOrders;
import io.apotheca.application.prescription.PrescriptionPorts;
import io.apotheca.application.pricing.OrderPricing;
import io.apotheca.application.pricing.PricingPorts;
import io.apotheca.application.pricing.PricingUseCases;
import io.apotheca.application.recall.RecallNoticeTexts;
import io.apotheca.application.recall.RecallPorts;
import io.apotheca.application.shared.Kernel;
import io.apotheca.application.shared.SecureRandomTokens;
import io.apotheca.bootstrap.config.ApothecaConfig;
import io.apotheca.http.security.SecurityAdapters;
import io.apotheca.mail.MailAdapters;
import io.apotheca.mail.SmtpSettings;
import io.apotheca.persistence.PostgresPersistence;
import io.apotheca.stripe.StripeAdapters;
import java.time.Clock;
import java.time.Duration;

/**
 * Each capability's ports, wired from the infrastructure: the one place that says which adapter
 * serves which port. The use cases are built from these by those who call them.
 *
 * @param signingKey signs access tokens; page cursors sign with a key derived from it
 * @param pricing prices carts and checkouts alike
 * @param payments the payment use cases, which share their event handlers
 * @param cart the customer's cart, which the prescription use cases also fill
 * @param outbound events to the broker and to webhook endpoints
 */
record Capabilities(
        byte[] signingKey,
        Kernel kernel,
        IdentityPorts identity,
        CatalogPorts catalog,
        InventoryPorts inventory,
        PricingPorts pricingPorts,
        OrderPricing pricing,
        LimitPorts limits,
        ManageCartUseCase cart,
        OrderPorts orders,
        PaymentUseCases payments,
        RecallPorts recalls,
        PrescriptionPorts prescriptions,
        MedicationRecordPorts medicationRecord,
        NotificationPorts notifications,
        OutboundPorts outbound) {

    /** Argon2id holds ~19 MiB per hash: this many run at once at most, the rest queue. */
    private static final int MAX_CONCURRENT_HASHES =
            Math.max(2, Runtime.getRuntime().availableProcessors());

    /** How long the SMTP server may take to connect, read or write before a send fails (and is retried). */
    private static final Duration SMTP_TIMEOUT = Duration.ofSeconds(20);

    static Capabilities wire(ApothecaConfig config, Infrastructure infra) {
        PostgresPersistence persistence = infra.persistence();
        Clock clock = infra.clock();
        byte[] signingKey = SigningKey.of(config, infra.random());
        Kernel kernel = new Kernel(clock, infra.ids(), persistence.transactions());
        AuditTrail audit = new AuditTrail(persistence.auditLog(), infra.ids(), clock);
        VerifiedPharmacists pharmacists = new VerifiedPharmacists(persistence.pharmacistLicences());

        IdentityPorts identity = new IdentityPorts(
                persistence.users(),
                persistence.pharmacistLicences(),
                persistence.sessions(),
                persistence.accountTokens(),
                new OrderPersonalRecords(persistence.orders(), infra.carts()),
                persistence.outbox(),
                SecurityAdapters.argon2(MAX_CONCURRENT_HASHES, infra.random()),
                SecurityAdapters.commonPasswords(),
                SecurityAdapters.jwt(signingKey, clock, infra.ids()),
                new SecureRandomTokens(infra.random()),
                infra.rateLimiter(),
                audit,
                persistence.apiClients(),
                kernel,
                config.loginRateLimit(),
                config.accountLoginRateLimit(),
                config.registerRateLimit());
        InventoryPorts inventory = new InventoryPorts(
                persistence.products(),
                persistence.productImages(),
                persistence.batches(),
                persistence.stockHolds(),
                persistence.stockMovements(),
                pharmacists,
                audit,
                kernel,
                config.minShelfLife());
        CatalogPorts catalog = new CatalogPorts(
                persistence.categories(),
                persistence.products(),
                persistence.productCodes(),
                persistence.shopWindow(),
                persistence.productImages(),
                // product pictures are public: kept apart from patients' prescriptions
                PostgresPersistence.documentsIn(config.dataDir().resolve("product-images")),
                new StockAvailability(inventory),
                audit,
                kernel);
        StockForOrders stock = new StockForOrders(inventory);
        PricingPorts pricingPorts =
                new PricingPorts(persistence.taxRates(), persistence.shippingOptions(), audit, kernel);
        OrderPricing pricing = PricingUseCases.orderPricing(pricingPorts);
        LimitPorts limits = new LimitPorts(
                persistence.purchaseLimitGroups(),
                persistence.orderMaxima(),
                persistence.purchaseHistory(),
                persistence.products(),
                audit,
                kernel);
        ManageCartUseCase cart =
                CartUseCases.cart(infra.carts(), persistence.products(), pricing, limits.limits(), clock);
        PrescriptionPorts prescriptions = new PrescriptionPorts(
                persistence.prescriptions(),
                persistence.products(),
                persistence.productCodes(),
                persistence.users(),
                cart,
                persistence.prescriptionFills(),
                PostgresPersistence.documentsIn(config.dataDir().resolve("documents")),
                persistence.orders(),
                pharmacists,
                audit,
                persistence.outbox(),
                kernel,
                config.fillRules(),
                config.unpaidOrderTtl(),
                config.pendingUploadsPerPatient());
        PaymentPorts paymentPorts = new PaymentPorts(
                persistence.orders(),
                persistence.payments(),
                persistence.providerEvents(),
                infra.stripe().map(StripeAdapters::paymentGateway),
                new CashOnDeliveryPaymentGateway(),
                infra.stripe().map(adapters -> adapters.eventVerifier(clock)),
                stock,
                new FillsForOrders(prescriptions),
                audit,
                kernel,
                persistence.outbox(),
                config.cardCapture());
        PaymentUseCases payments = new PaymentUseCases(paymentPorts);
        OrderPorts orders = new OrderPorts(
                persistence.orders(),
                infra.carts(),
                persistence.products(),
                stock,
                pharmacists,
                audit,
                persistence.outbox(),
                new CashOnDeliveryCollection(persistence.payments()),
                new FillsForOrders(prescriptions),
                persistence.users(),
                pricing,
                limits.limits(),
                kernel,
                config.requireEmailVerification(),
                config.unpaidOrderTtl(),
                config.rxReviewTtl(),
                payments.cardCharges(),
                persistence.orderPlacement());
        RecallPorts recalls = new RecallPorts(
                inventory,
                persistence.orders(),
                new FillsForOrders(prescriptions),
                persistence.recalls(),
                new RefundsForRecalls(paymentPorts),
                persistence.outbox());
        NotificationPorts notifications = new NotificationPorts(
                persistence.mailQueue(),
                mailer(config, clock),
                persistence.users(),
                persistence.orders(),
                persistence.outbox(),
                new RecallNoticeTexts(persistence.recalls()),
                persistence.accountTokens(),
                new SecureRandomTokens(infra.random()),
                kernel,
                config.linkBase(config.port()));
        MedicationRecordPorts medicationRecord = new MedicationRecordPorts(
                persistence.users(),
                persistence.pharmacistLicences(),
                pharmacists,
                persistence.prescriptions(),
                persistence.prescriptionFills(),
                persistence.products(),
                persistence.productCodes(),
                audit,
                kernel);
        return new Capabilities(
                signingKey,
                kernel,
                identity,
                catalog,
                inventory,
                pricingPorts,
                pricing,
                limits,
                cart,
                orders,
                payments,
                recalls,
                prescriptions,
                medicationRecord,
                notifications,
                new OutboundPorts(
                        persistence.webhookEndpoints(),
                        persistence.eventDeliveries(),
                        infra.webhooks(),
                        infra.broker(),
                        persistence.outbox(),
                        new SecureRandomTokens(infra.random()),
                        infra.random()::nextDouble,
                        new DeliveryCounters(infra.meters()),
                        audit,
                        kernel));
    }

    /** SMTP when configured; otherwise each message an {@code .eml} file in the data folder. */
    private static Mailer mailer(ApothecaConfig config, Clock clock) {
        String from = config.mailFrom().orElse(ApothecaConfig.DEFAULT_MAIL_FROM);
        return config.smtpUrl()
                .map(url -> MailAdapters.smtp(SmtpSettings.fromUrl(url.value(), from, SMTP_TIMEOUT), clock))
                .orElseGet(() -> MailAdapters.files(config.dataDir().resolve("outbox-mail"), from, clock));
    }
}
