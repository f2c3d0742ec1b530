package io.apotheca.bootstrap.config;

import io.apotheca.application.shared.RateLimit;
import io.apotheca.domain.payment.CardCapturePolicy;
import io.apotheca.domain.prescription.FillPolicy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything Apotheca is configured with, read once at start-up (see {@link EnvironmentConfig}).
 * Secrets print as redacted.
 *
 * @param port {@code PORT}: the HTTP port, 0 for any free one
 * @param httpThreads {@code APOTHECA_HTTP_THREADS}: the most requests served at once (on JDK 17, where
 *     each takes a platform thread)
 * @param database {@code DATABASE_URL}: empty for the embedded database in {@code dataDir}
 * @param dataDir {@code APOTHECA_DATA_DIR}: embedded database files, documents, generated secrets
 * @param redisUrl {@code REDIS_URL}: empty for no Redis
 * @param redisKeyPrefix {@code APOTHECA_REDIS_KEY_PREFIX}: put before every key Apotheca writes to Redis
 * @param jwtSecret {@code APOTHECA_JWT_SECRET}: empty to generate one, kept in {@code dataDir}
 * @param firstAdmin {@code APOTHECA_ADMIN_EMAIL} and {@code APOTHECA_ADMIN_PASSWORD}
 * @param stripe {@code STRIPE_SECRET_KEY} and {@code STRIPE_WEBHOOK_SECRET}: empty for no card payments
 * @param stripeApiBase {@code STRIPE_API_BASE}: Stripe's own address unless overridden
 * @param stripeTimeout {@code STRIPE_TIMEOUT}: how long one call to Stripe may take
 * @param unpaidOrderTtl {@code APOTHECA_UNPAID_ORDER_TTL}: how long an order awaiting payment holds stock
 * @param rxReviewTtl {@code APOTHECA_RX_REVIEW_TTL}: how long an order awaiting its prescription holds stock
 * @param pendingUploadsPerPatient {@code APOTHECA_RX_PENDING_PER_PATIENT}: how many of one patient's
 *     prescription uploads may wait for review at once
 * @param fillRules {@code APOTHECA_RX_VALIDITY} (an ISO-8601 period, one year by default): how long a
 *     prescription not of Schedule III or IV may be filled after it was written; and {@code
 *     APOTHECA_REFILL_MIN_ELAPSED} (75 % by default): the share of a fill's days' supply that must have
 *     passed before a refill
 * @param minShelfLife {@code APOTHECA_MIN_SHELF_LIFE}: a batch expiring sooner is not sold
 * @param loginRateLimit {@code APOTHECA_RATE_LIMIT_LOGIN}: login attempts per client address
 * @param accountLoginRateLimit {@code APOTHECA_RATE_LIMIT_LOGIN_ACCOUNT}: failed login attempts per
 *     account, from every address together; while spent, only networks the account signed in from in
 *     90 days may try
 * @param registerRateLimit {@code APOTHECA_RATE_LIMIT_REGISTER}: registrations per client address
 * @param trustedProxies {@code APOTHECA_TRUSTED_PROXIES}: addresses (or CIDR ranges) whose {@code
 *     X-Forwarded-For} is believed
 * @param smtpUrl {@code APOTHECA_SMTP_URL}: empty to write mails as files in {@code dataDir}
 * @param mailFrom {@code APOTHECA_MAIL_FROM}: the sender of the pharmacy's mails
 * @param requireEmailVerification {@code APOTHECA_REQUIRE_EMAIL_VERIFICATION}
 * @param demoData {@code APOTHECA_DEMO_DATA}: load the demo catalog into an empty database
 * @param metricsToken {@code APOTHECA_METRICS_TOKEN}: empty to leave {@code /metrics} open
 * @param publicUrl {@code APOTHECA_PUBLIC_URL}: where patients open the pharmacy, for the links in
 *     e-mails; empty for {@code http://localhost:<port>}
 * @param cardCapture {@code APOTHECA_CARD_CAPTURE} ({@code automatic} or {@code on_dispense}) and {@code
 *     APOTHECA_CARD_AUTHORISATION_WINDOW}: when a card is charged, and how long an authorisation lasts
 * @param eventsOut {@code RABBITMQ_URL} and the webhook settings: where events go beyond the pharmacy
 */
public record ApothecaConfig(
        int port,
        int httpThreads,
        Optional<DatabaseUrl> database,
        Path dataDir,
        Optional<RedisUrl> redisUrl,
        String redisKeyPrefix,
        Optional<Secret> jwtSecret,
        Optional<AdminAccount> firstAdmin,
        Optional<StripeCredentials> stripe,
        URI stripeApiBase,
        Duration stripeTimeout,
        Duration unpaidOrderTtl,
        Duration rxReviewTtl,
        int pendingUploadsPerPatient,
        FillPolicy.Rules fillRules,
        Duration minShelfLife,
        RateLimit loginRateLimit,
        RateLimit accountLoginRateLimit,
        RateLimit registerRateLimit,
        List<String> trustedProxies,
        Optional<Secret> smtpUrl,
        Optional<String> mailFrom,
        boolean requireEmailVerification,
        boolean demoData,
        Optional<Secret> metricsToken,
        Optional<URI> publicUrl,
        CardCapturePolicy cardCapture,
        EventsOut eventsOut) {

    /** The sender of e-mails when {@code APOTHECA_MAIL_FROM} is not set. */
    public static final String DEFAULT_MAIL_FROM = "Apotheca <no-reply@apotheca.invalid>";

    public ApothecaConfig {
        trustedProxies = List.copyOf(trustedProxies);
    }

    /** Where links in e-mails point. */
    public URI linkBase(int servedPort) {
        return publicUrl.orElseGet(() -> URI.create("http://localhost:" + servedPort));
    }
}
