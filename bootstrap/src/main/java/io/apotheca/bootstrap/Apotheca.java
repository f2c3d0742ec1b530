package io.apotheca.bootstrap;

import io.apotheca.application.audit.AuditTrail;
import io.apotheca.application.audit.AuditUseCases;
import io.apotheca.application.cart.CartUseCases;
import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.application.catalog.CatalogUseCases;
import io.apotheca.application.catalog.port.out.ProductCache;
import io.apotheca.application.events.EventRelay;
import io.apotheca.application.events.port.out.EventPublisher;
import io.apotheca.application.health.HealthUseCases;
import io.apotheca.application.health.port.out.ReadinessProbe;
import io.apotheca.application.identity.IdentityPorts;
import io.apotheca.application.identity.IdentityUseCases;
import io.apotheca.application.identity.VerifiedPharmacists;
import io.apotheca.application.inventory.InventoryPorts;
import io.apotheca.application.inventory.InventoryUseCases;
import io.apotheca.application.inventory.port.in.ExpireLotsUseCase;
import io.apotheca.application.notification.NotificationInbox;
import io.apotheca.application.notification.NotificationPorts;
import io.apotheca.application.notification.NotificationUseCases;
import io.apotheca.application.notification.port.out.Mailer;
import io.apotheca.application.operations.OperationsUseCases;
import io.apotheca.application.order.OrderPersonalRecords;
import io.apotheca.application.order.OrderPorts;
import io.apotheca.application.order.OrderUseCases;
import io.apotheca.application.order.port.in.ExpireHoldsUseCase;
import io.apotheca.application.payment.CashOnDeliveryPaymentGateway;
import io.apotheca.application.payment.PaymentPorts;
import io.apotheca.application.payment.PaymentUseCases;
import io.apotheca.application.prescription.PrescriptionPorts;
import io.apotheca.application.prescription.PrescriptionUseCases;
import io.apotheca.application.prescription.port.in.ExpirePrescriptionsUseCase;
import io.apotheca.application.pricing.OrderPricing;
import io.apotheca.application.pricing.PricingPorts;
import io.apotheca.application.pricing.PricingUseCases;
import io.apotheca.application.shared.IdempotentRequests;
import io.apotheca.application.shared.SecureRandomTokens;
import io.apotheca.application.shared.SignedCursors;
import io.apotheca.application.shared.UuidV7Generator;
import io.apotheca.application.shared.port.out.IdGenerator;
import io.apotheca.application.shared.port.out.RateLimiter;
import io.apotheca.bootstrap.config.AdminAccount;
import io.apotheca.bootstrap.config.ApothecaConfig;
import io.apotheca.bootstrap.config.DatabaseUrl;
import io.apotheca.bootstrap.demo.DemoData;
import io.apotheca.http.ApiUseCases;
import io.apotheca.http.HttpMetrics;
import io.apotheca.http.HttpServer;
import io.apotheca.http.HttpSettings;
import io.apotheca.http.security.Argon2PasswordHasher;
import io.apotheca.http.security.InProcessRateLimiter;
import io.apotheca.http.security.JwtAccessTokens;
import io.apotheca.mail.MailAdapters;
import io.apotheca.mail.SmtpSettings;
import io.apotheca.persistence.PostgresPersistence;
import io.apotheca.persistence.PostgresSettings;
import io.apotheca.persistence.document.FileSystemDocumentStore;
import io.apotheca.persistence.jobs.ScheduledJob;
import io.apotheca.redis.RedisAdapters;
import io.apotheca.redis.RedisCartStore;
import io.apotheca.redis.RedisSettings;
import io.apotheca.stripe.StripeAdapters;
import io.apotheca.stripe.StripeSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The composition root, in one readable place: configuration, then infrastructure (database, Redis,
 * Stripe), then adapters, then use cases, then the HTTP API.
 */
public final class Apotheca {

    /** Argon2id holds ~19 MiB per hash: this many run at once at most, the rest queue. */
    private static final int MAX_CONCURRENT_HASHES =
            Math.max(2, Runtime.getRuntime().availableProcessors());

    /** stripe-java retries a call that got no answer once, under the same idempotency key. */
    private static final int STRIPE_NETWORK_RETRIES = 1;

    /** How long the SMTP server may take to connect, read or write before a send fails (and is retried). */
    private static final Duration SMTP_TIMEOUT = Duration.ofSeconds(20);

    private Apotheca() {}

    /** SMTP when configured; otherwise each message an {@code .eml} file in the data folder. */
    private static Mailer mailer(ApothecaConfig config, Clock clock) {
        String from = config.mailFrom().orElse(ApothecaConfig.DEFAULT_MAIL_FROM);
        return config.smtpUrl()
                .map(url -> MailAdapters.smtp(SmtpSettings.fromUrl(url.value(), from, SMTP_TIMEOUT), clock))
                .orElseGet(() -> MailAdapters.files(config.dataDir().resolve("outbox-mail"), from, clock));
    }

    /**
     * Starts the whole pharmacy and returns once it serves. If any part fails to start, the parts
     * already started are stopped again before the failure is thrown.
     */
    public static RunningApotheca start(ApothecaConfig config) {
        ShutdownSequence shutdown = new ShutdownSequence();
        try {
            Files.createDirectories(config.dataDir());
            Clock clock = Clock.systemUTC();
            SecureRandom random = new SecureRandom();
            IdGenerator ids = new UuidV7Generator(clock, random);

            // infrastructure
            DatabaseUrl databaseUrl = config.database()
                    .orElseGet(() -> shutdown.add(
                                    EmbeddedDatabase.start(config.dataDir().resolve("postgres")))
                            .url());
            PostgresPersistence persistence = shutdown.add(PostgresPersistence.open(PostgresSettings.of(
                    databaseUrl.jdbcUrl(),
                    databaseUrl.username(),
                    databaseUrl.password().value())));
            List<ReadinessProbe> probes = new ArrayList<>(List.of(persistence.readinessProbe()));
            RateLimiter rateLimiter = new InProcessRateLimiter();
            ProductCache productCache = ProductCache.none();
            CartStore carts = persistence.carts();
            List<ScheduledJob> redisJobs = new ArrayList<>();
            if (config.redisUrl().isPresent()) {
                RedisAdapters redis = shutdown.add(RedisAdapters.connect(
                        new RedisSettings(config.redisUrl().get().uri(), config.redisKeyPrefix())));
                probes.add(redis.readinessProbe());
                rateLimiter = redis.rateLimiter();
                productCache = redis.productCache();
                RedisCartStore redisCarts = redis.carts(persistence.carts());
                carts = redisCarts;
                redisJobs.add(new ScheduledJob(
                        "write-behind-carts", new ScheduledJob.Every(Duration.ofSeconds(2)), redisCarts::writeBehind));
                // the last changes reach PostgreSQL before Redis is closed
                shutdown.add(redisCarts::writeBehind);
            }
            Optional<StripeAdapters> stripe = config.stripe()
                    .map(credentials -> StripeAdapters.connect(new StripeSettings(
                            credentials.secretKey().value(),
                            credentials.webhookSecret().value(),
                            config.stripeApiBase(),
                            config.stripeTimeout(),
                            STRIPE_NETWORK_RETRIES)));

            // use cases
            byte[] signingKey = SigningKey.of(config, random);
            AuditTrail audit = new AuditTrail(persistence.auditLog(), ids, clock);
            IdentityUseCases identity = new IdentityUseCases(new IdentityPorts(
                    persistence.users(),
                    persistence.pharmacistLicences(),
                    persistence.sessions(),
                    persistence.accountTokens(),
                    new OrderPersonalRecords(persistence.orders(), carts),
                    persistence.outbox(),
                    new Argon2PasswordHasher(Argon2PasswordHasher.Cost.DEFAULT, MAX_CONCURRENT_HASHES, random),
                    new JwtAccessTokens(signingKey, clock, ids),
                    new SecureRandomTokens(random),
                    rateLimiter,
                    persistence.transactions(),
                    audit,
                    ids,
                    clock,
                    config.loginRateLimit(),
                    config.registerRateLimit()));
            config.firstAdmin().ifPresent(admin -> FirstAdmin.ensure(identity, admin));

            InventoryPorts inventory = new InventoryPorts(
                    persistence.categories(),
                    persistence.products(),
                    productCache,
                    persistence.productImages(),
                    // product pictures are public: kept apart from patients' prescriptions
                    new FileSystemDocumentStore(config.dataDir().resolve("product-images")),
                    persistence.batches(),
                    persistence.stockHolds(),
                    persistence.stockMovements(),
                    new VerifiedPharmacists(persistence.pharmacistLicences()),
                    persistence.transactions(),
                    audit,
                    ids,
                    clock,
                    config.minShelfLife());

            PricingPorts pricingPorts = new PricingPorts(
                    persistence.taxRates(),
                    persistence.shippingOptions(),
                    persistence.transactions(),
                    audit,
                    ids,
                    clock);
            OrderPricing pricing = PricingUseCases.orderPricing(pricingPorts);
            OrderPorts orderPorts = new OrderPorts(
                    persistence.orders(),
                    carts,
                    inventory,
                    audit,
                    persistence.outbox(),
                    persistence.payments(),
                    persistence.users(),
                    pricing,
                    config.requireEmailVerification(),
                    config.unpaidOrderTtl(),
                    config.rxReviewTtl());

            PaymentUseCases payments = new PaymentUseCases(new PaymentPorts(
                    persistence.orders(),
                    persistence.payments(),
                    persistence.providerEvents(),
                    stripe.map(StripeAdapters::paymentGateway),
                    new CashOnDeliveryPaymentGateway(),
                    stripe.map(adapters -> adapters.eventVerifier(clock)),
                    inventory,
                    persistence.outbox()));

            PrescriptionPorts prescriptionPorts = new PrescriptionPorts(
                    persistence.prescriptions(),
                    new FileSystemDocumentStore(config.dataDir().resolve("documents")),
                    persistence.orders(),
                    inventory.pharmacists(),
                    persistence.transactions(),
                    audit,
                    persistence.outbox(),
                    ids,
                    clock,
                    config.unpaidOrderTtl());

            NotificationPorts notificationPorts = new NotificationPorts(
                    persistence.mailQueue(),
                    mailer(config, clock),
                    persistence.users(),
                    persistence.orders(),
                    persistence.accountTokens(),
                    new SecureRandomTokens(random),
                    persistence.transactions(),
                    ids,
                    clock,
                    config.linkBase(config.port()));
            NotificationInbox mailInbox = NotificationUseCases.inbox(notificationPorts);
            EventPublisher logged = new LoggingEventPublisher();

            // jobs: expire lots and prescriptions now (a restart after a day off must not sell expired
            // stock), then daily; expire unpaid orders' holds every five seconds
            ExpireLotsUseCase expireLots = InventoryUseCases.expireLots(inventory);
            expireLots.expireDue();
            ExpireHoldsUseCase expireHolds = OrderUseCases.expireHolds(orderPorts);
            ExpirePrescriptionsUseCase expirePrescriptions = PrescriptionUseCases.expiry(prescriptionPorts);
            expirePrescriptions.expireDue();
            List<ScheduledJob> jobs = new ArrayList<>(redisJobs);
            jobs.addAll(List.of(
                    new ScheduledJob(
                            "expire-lots", new ScheduledJob.DailyAt(LocalTime.of(0, 5)), expireLots::expireDue),
                    new ScheduledJob(
                            "expire-prescriptions",
                            new ScheduledJob.DailyAt(LocalTime.of(0, 10)),
                            expirePrescriptions::expireDue),
                    new ScheduledJob(
                            "expire-holds", new ScheduledJob.Every(Duration.ofSeconds(5)), expireHolds::expireDue),
                    new ScheduledJob(
                            "settle-payments",
                            new ScheduledJob.Every(Duration.ofSeconds(5)),
                            payments.settlement()::settle),
                    new ScheduledJob(
                            "relay-events",
                            new ScheduledJob.Every(Duration.ofSeconds(2)),
                            new EventRelay(
                                    persistence.outbox(),
                                    event -> {
                                        // queued in the relay's transaction: a failure stops the batch
                                        mailInbox.publish(event);
                                        logged.publish(event);
                                    },
                                    persistence.transactions(),
                                    clock)::relay),
                    new ScheduledJob(
                            "send-notifications",
                            new ScheduledJob.Every(Duration.ofSeconds(2)),
                            NotificationUseCases.sender(notificationPorts)::sendDue)));
            shutdown.add(persistence.startJobs(jobs));

            // the API
            ApiUseCases useCases = new ApiUseCases(
                    HealthUseCases.checkReadiness(probes),
                    ids,
                    identity,
                    AuditUseCases.browse(persistence.auditLog()),
                    AuditUseCases.verify(persistence.auditLog()),
                    CatalogUseCases.categories(inventory),
                    CatalogUseCases.products(inventory),
                    CatalogUseCases.images(inventory),
                    PricingUseCases.taxRates(pricingPorts),
                    PricingUseCases.shippingOptions(pricingPorts),
                    CatalogUseCases.search(
                            inventory,
                            persistence.productSearch(),
                            new SignedCursors(SigningKey.derive(signingKey, "page-cursors"))),
                    InventoryUseCases.stock(inventory),
                    InventoryUseCases.reports(inventory),
                    CartUseCases.cart(carts, persistence.products(), pricing),
                    OrderUseCases.orders(orderPorts),
                    OrderUseCases.fulfilment(orderPorts),
                    new IdempotentRequests(persistence.idempotencyKeys(), clock),
                    PrescriptionUseCases.prescriptions(prescriptionPorts),
                    PrescriptionUseCases.review(prescriptionPorts),
                    payments.pay(),
                    payments.refunds(),
                    payments.providerEvents());
            if (config.demoData()) {
                new DemoData(identity, persistence.users(), inventory, pricingPorts, useCases.productImages())
                        .loadIfEmpty(config.firstAdmin().map(AdminAccount::email));
            }
            HttpMetrics metrics = OperatorMetrics.start(
                    persistence,
                    OperationsUseCases.figures(persistence.businessFigures(), clock),
                    config.metricsToken(),
                    shutdown);
            HttpServer http = shutdown.add(
                    HttpServer.start(HttpSettings.onPort(config.port(), config.trustedProxies()), useCases, metrics));
            return new RunningApotheca(http.port(), http.routes(), shutdown);
        } catch (IOException e) {
            shutdown.run();
            throw new UncheckedIOException("could not prepare the data folder " + config.dataDir(), e);
        } catch (RuntimeException e) {
            shutdown.run();
            throw e;
        }
    }
}
