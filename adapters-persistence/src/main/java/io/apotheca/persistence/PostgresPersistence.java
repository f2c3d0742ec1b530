package io.apotheca.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.apotheca.application.audit.port.out.AuditLog;
import io.apotheca.application.cart.port.out.CartStore;
import io.apotheca.application.catalog.port.out.Categories;
import io.apotheca.application.catalog.port.out.ProductCodes;
import io.apotheca.application.catalog.port.out.ProductImages;
import io.apotheca.application.catalog.port.out.ProductSearch;
import io.apotheca.application.catalog.port.out.Products;
import io.apotheca.application.catalog.port.out.ShopWindow;
import io.apotheca.application.events.port.out.Outbox;
import io.apotheca.application.health.port.out.ReadinessProbe;
import io.apotheca.application.identity.port.out.AccountTokens;
import io.apotheca.application.identity.port.out.ApiClients;
import io.apotheca.application.identity.port.out.PharmacistLicences;
import io.apotheca.application.identity.port.out.Sessions;
import io.apotheca.application.identity.port.out.Users;
import io.apotheca.application.inventory.port.out.Batches;
import io.apotheca.application.inventory.port.out.StockHolds;
import io.apotheca.application.inventory.port.out.StockMovements;
import io.apotheca.application.limits.port.out.OrderMaxima;
import io.apotheca.application.limits.port.out.PurchaseHistory;
import io.apotheca.application.limits.port.out.PurchaseLimitGroups;
import io.apotheca.application.notification.port.out.NotificationQueue;
import io.apotheca.application.operations.port.out.BusinessFigures;
import io.apotheca.application.order.port.out.OrderPlacement;
import io.apotheca.application.order.port.out.Orders;
import io.apotheca.application.outbound.port.out.EventDeliveries;
import io.apotheca.application.outbound.port.out.WebhookEndpoints;
import io.apotheca.application.payment.port.out.Payments;
import io.apotheca.application.payment.port.out.ProviderEvents;
import io.apotheca.application.prescription.port.out.PrescriptionFills;
import io.apotheca.application.prescription.port.out.Prescriptions;
import io.apotheca.application.pricing.port.out.ShippingOptions;
import io.apotheca.application.pricing.port.out.TaxRateSettings;
import io.apotheca.application.recall.port.out.Recalls;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import io.apotheca.application.shared.port.out.DocumentStore;
import io.apotheca.application.shared.port.out.IdempotencyKeys;
import io.apotheca.application.shared.port.out.Transactions;
import io.apotheca.persistence.audit.JdbiAuditLog;
import io.apotheca.persistence.cart.JdbiCartStore;
import io.apotheca.persistence.catalog.JdbiCategories;
import io.apotheca.persistence.catalog.JdbiProductCodes;
import io.apotheca.persistence.catalog.JdbiProductImages;
import io.apotheca.persistence.catalog.JdbiProductSearch;
import io.apotheca.persistence.catalog.JdbiProducts;
import io.apotheca.persistence.document.FileSystemDocumentStore;
import io.apotheca.persistence.events.JdbiOutbox;
import io.apotheca.persistence.identity.JdbiAccountTokens;
import io.apotheca.persistence.identity.JdbiApiClients;
import io.apotheca.persistence.identity.JdbiPharmacistLicences;
import io.apotheca.persistence.identity.JdbiSessions;
import io.apotheca.persistence.identity.JdbiUsers;
import io.apotheca.persistence.inventory.JdbiBatches;
import io.apotheca.persistence.inventory.JdbiStockHolds;
import io.apotheca.persistence.inventory.JdbiStockMovements;
import io.apotheca.persistence.jobs.ScheduledJob;
import io.apotheca.persistence.jobs.ScheduledJobs;
import io.apotheca.persistence.limits.JdbiOrderMaxima;
import io.apotheca.persistence.limits.JdbiPurchaseHistory;
import io.apotheca.persistence.limits.JdbiPurchaseLimitGroups;
import io.apotheca.persistence.memory.InMemory;
import io.apotheca.persistence.memory.PostgresChangeBroadcast;
import io.apotheca.persistence.notification.JdbiNotificationQueue;
import io.apotheca.persistence.operations.JdbiBusinessFigures;
import io.apotheca.persistence.order.JdbiOrderPlacement;
import io.apotheca.persistence.order.JdbiOrders;
import io.apotheca.persistence.outbound.JdbiEventDeliveries;
import io.apotheca.persistence.outbound.JdbiWebhookEndpoints;
import io.apotheca.persistence.payment.JdbiPayments;
import io.apotheca.persistence.payment.JdbiProviderEvents;
import io.apotheca.persistence.prescription.JdbiPrescriptionFills;
import io.apotheca.persistence.prescription.JdbiPrescriptions;
import io.apotheca.persistence.pricing.JdbiShippingOptions;
import io.apotheca.persistence.pricing.JdbiTaxRateSettings;
import io.apotheca.persistence.recall.JdbiRecalls;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL adapter as a whole: opening it connects the pool and brings the schema up to date;
 * closing it closes the pool. It hands bootstrap the stores and probes that implement the
 * application's ports.
 */
public final class PostgresPersistence implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresPersistence.class);

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final JdbiContext context;
    private final List<PostgresChangeBroadcast> broadcasts = new CopyOnWriteArrayList<>();
    private volatile InMemory memory;

    private PostgresPersistence(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
        // bound values (e-mails, names, password hashes) must never reach a log through an exception
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        jdbi.setSqlLogger(new StatementCounter());
        this.context = new JdbiContext(jdbi);
    }

    /**
     * Connects to the database and applies every pending Flyway migration. Fails when the database
     * cannot be reached or a migration fails; then nothing stays open.
     */
    public static PostgresPersistence open(PostgresSettings settings) {
        HikariDataSource dataSource = new HikariDataSource(hikariConfig(settings));
        try {
            migrate(dataSource);
            return new PostgresPersistence(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static HikariConfig hikariConfig(PostgresSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("apotheca-db");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.addDataSourceProperty("ApplicationName", "apotheca");
        // PostgreSQL's error detail quotes row values ("Key (email)=(…) already exists"): keep it out of logs
        config.addDataSourceProperty("logServerErrorDetail", "false");
        return config;
    }

    private static void migrate(HikariDataSource dataSource) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(
                "Database schema at version {} ({} migrations applied now)",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted);
    }

    /**
     * Documents kept as files in a folder of their own (a prescription's scan, a product's picture),
     * beside the database that records them.
     */
    public static DocumentStore documentsIn(Path folder) {
        return new FileSystemDocumentStore(folder);
    }

    /** Tells whether the database answers a trivial query in time. */
    /**
     * Announces changes to every instance on this database through {@code LISTEN}/{@code NOTIFY}, on a
     * connection of its own, from now until {@link #close()}: for instances without Redis.
     */
    public ChangeBroadcast changeBroadcast() {
        Properties properties = new Properties();
        properties.setProperty("user", dataSource.getUsername());
        if (dataSource.getPassword() != null) {
            properties.setProperty("password", dataSource.getPassword());
        }
        properties.setProperty("ApplicationName", "apotheca-broadcast");
        // a connection gone silent (half open) fails its next heartbeat in seconds, not never
        properties.setProperty("socketTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        String url = dataSource.getJdbcUrl();
        PostgresChangeBroadcast broadcast =
                new PostgresChangeBroadcast(() -> DriverManager.getConnection(url, properties)).start();
        broadcasts.add(broadcast);
        return broadcast;
    }

    /**
     * From now on, the stores read often (sessions, accounts, products and their pictures, tax rates,
     * shipping options) keep what they read in memory, and the shop window keeps its pages, all kept
     * true by the broadcast; call it before taking any store.
     */
    public void keepInMemory(ChangeBroadcast broadcast) {
        memory = new InMemory(
                new InMemory.Stored(
                        new JdbiSessions(context),
                        new JdbiUsers(context),
                        new JdbiProducts(context),
                        new JdbiProductImages(context),
                        new JdbiTaxRateSettings(context),
                        new JdbiShippingOptions(context),
                        new JdbiPurchaseLimitGroups(context),
                        new JdbiOrderMaxima(context)),
                context,
                broadcast);
    }

    /** The shop window's pages, kept briefly when {@link #keepInMemory} was called, else never. */
    public ShopWindow shopWindow() {
        return memory == null ? ShopWindow.none() : memory.shopWindow();
    }

    /**
     * The round trips to the database the calling thread has made so far (statements, and the end of
     * each transaction): what a request cost is the difference across it.
     */
    public static long statementsOnThisThread() {
        return StatementCounter.onThisThread();
    }

    public ReadinessProbe readinessProbe() {
        return new JdbiReadinessProbe(jdbi);
    }

    /** One transaction per command, shared by all the stores below. */
    public Transactions transactions() {
        return new JdbiTransactions(context);
    }

    public Users users() {
        return memory == null ? new JdbiUsers(context) : memory.users();
    }

    public AccountTokens accountTokens() {
        return new JdbiAccountTokens(context);
    }

    public NotificationQueue mailQueue() {
        return new JdbiNotificationQueue(context);
    }

    public ApiClients apiClients() {
        return new JdbiApiClients(context);
    }

    public WebhookEndpoints webhookEndpoints() {
        return new JdbiWebhookEndpoints(context);
    }

    public EventDeliveries eventDeliveries() {
        return new JdbiEventDeliveries(context);
    }

    public ProductCodes productCodes() {
        return new JdbiProductCodes(context);
    }

    public PharmacistLicences pharmacistLicences() {
        return new JdbiPharmacistLicences(context);
    }

    public Sessions sessions() {
        return memory == null ? new JdbiSessions(context) : memory.sessions();
    }

    public AuditLog auditLog() {
        return new JdbiAuditLog(context);
    }

    /** Idempotency-Keys, each call in a transaction of its own. */
    public IdempotencyKeys idempotencyKeys() {
        return new JdbiIdempotencyKeys(jdbi);
    }

    public Outbox outbox() {
        return new JdbiOutbox(context);
    }

    public Prescriptions prescriptions() {
        return new JdbiPrescriptions(context);
    }

    public PurchaseLimitGroups purchaseLimitGroups() {
        return memory == null ? new JdbiPurchaseLimitGroups(context) : memory.limitGroups();
    }

    public PurchaseHistory purchaseHistory() {
        return new JdbiPurchaseHistory(context);
    }

    public OrderMaxima orderMaxima() {
        return memory == null ? new JdbiOrderMaxima(context) : memory.orderMaxima();
    }

    public Recalls recalls() {
        return new JdbiRecalls(context);
    }

    public PrescriptionFills prescriptionFills() {
        return new JdbiPrescriptionFills(context);
    }

    public Payments payments() {
        return new JdbiPayments(context);
    }

    public ProviderEvents providerEvents() {
        return new JdbiProviderEvents(context);
    }

    /** Checkouts recorded in one round trip, when their basket allows. */
    public OrderPlacement orderPlacement() {
        return new JdbiOrderPlacement(context);
    }

    public Orders orders() {
        return new JdbiOrders(context);
    }

    public CartStore carts() {
        return new JdbiCartStore(context);
    }

    public Categories categories() {
        return new JdbiCategories(context);
    }

    public Products products() {
        return memory == null ? new JdbiProducts(context) : memory.products();
    }

    public BusinessFigures businessFigures() {
        return new JdbiBusinessFigures(context);
    }

    /**
     * Reports the connection pool's figures (active, idle, pending, timeouts) to a metrics registry.
     *
     * @param registry a Micrometer {@code MeterRegistry}
     */
    public void reportPoolTo(Object registry) {
        dataSource.setMetricRegistry(registry);
    }

    public ProductImages productImages() {
        return memory == null ? new JdbiProductImages(context) : memory.images();
    }

    public TaxRateSettings taxRates() {
        return memory == null ? new JdbiTaxRateSettings(context) : memory.taxRates();
    }

    public ShippingOptions shippingOptions() {
        return memory == null ? new JdbiShippingOptions(context) : memory.shippingOptions();
    }

    public ProductSearch productSearch() {
        return new JdbiProductSearch(context);
    }

    public Batches batches() {
        return new JdbiBatches(context);
    }

    public StockHolds stockHolds() {
        return new JdbiStockHolds(context);
    }

    public StockMovements stockMovements() {
        return new JdbiStockMovements(context);
    }

    /** Starts the daily jobs; close the result before closing this. */
    public ScheduledJobs startJobs(java.util.List<ScheduledJob> jobs) {
        return ScheduledJobs.start(dataSource, jobs);
    }

    @Override
    public void close() {
        broadcasts.forEach(PostgresChangeBroadcast::close);
        dataSource.close();
    }
}
