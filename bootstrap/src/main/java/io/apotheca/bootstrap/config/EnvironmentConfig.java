package io.apotheca.bootstrap.config;

import io.apotheca.application.shared.RateLimit;
import io.apotheca.domain.payment.CardCapturePolicy;
import io.apotheca.domain.prescription.FillPolicy;
import io.apotheca.http.HttpSettings;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads {@link ApothecaConfig} from environment variables. Blank counts as unset. Every problem is
 * collected, so one failed start lists them all, each naming its variable.
 */
public final class EnvironmentConfig {

    private static final Pattern IP_LITERAL =
            Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();

    private EnvironmentConfig(Map<String, String> env) {
        this.env = env;
    }

    /**
     * Reads the configuration.
     *
     * @throws InvalidConfigurationException listing every malformed or contradictory variable
     */
    public static ApothecaConfig parse(Map<String, String> env) {
        return new EnvironmentConfig(env).read();
    }

    private ApothecaConfig read() {
        int port = value("PORT", 8080, EnvironmentConfig::port);
        int httpThreads = value("APOTHECA_HTTP_THREADS", HttpSettings.DEFAULT_MAX_THREADS, EnvironmentConfig::threads);
        Optional<DatabaseUrl> database = optional("DATABASE_URL", DatabaseUrl::parse);
        Path dataDir = value("APOTHECA_DATA_DIR", Path.of(".apotheca"), Path::of);
        Optional<RedisUrl> redis = optional("REDIS_URL", RedisUrl::parse);
        String redisKeyPrefix = value("APOTHECA_REDIS_KEY_PREFIX", "apotheca:", EnvironmentConfig::keyPrefix);
        Optional<Secret> jwtSecret = optional("APOTHECA_JWT_SECRET", EnvironmentConfig::jwtSecret);
        Optional<AdminAccount> admin = firstAdmin();
        Optional<StripeCredentials> stripe = stripe();
        URI stripeApiBase = value("STRIPE_API_BASE", URI.create("https://api.stripe.com"), EnvironmentConfig::httpUri);
        Duration stripeTimeout = value("STRIPE_TIMEOUT", Duration.ofSeconds(10), EnvironmentConfig::duration);
        Duration unpaidTtl = value("APOTHECA_UNPAID_ORDER_TTL", Duration.ofMinutes(30), EnvironmentConfig::duration);
        Duration rxTtl = value("APOTHECA_RX_REVIEW_TTL", Duration.ofDays(3), EnvironmentConfig::duration);
        int pendingPerPatient = value("APOTHECA_RX_PENDING_PER_PATIENT", 5, EnvironmentConfig::pendingUploads);
        Period rxValidity =
                value("APOTHECA_RX_VALIDITY", FillPolicy.Rules.DEFAULT.validity(), EnvironmentConfig::validity);
        int refillMinElapsed = value(
                "APOTHECA_REFILL_MIN_ELAPSED",
                FillPolicy.Rules.DEFAULT.minElapsedPercent(),
                EnvironmentConfig::percent);
        Duration shelfLife = value("APOTHECA_MIN_SHELF_LIFE", Duration.ofDays(30), EnvironmentConfig::duration);
        RateLimit login =
                value("APOTHECA_RATE_LIMIT_LOGIN", new RateLimit(10, Duration.ofMinutes(1)), RateLimitText::parse);
        RateLimit loginAccount = value(
                "APOTHECA_RATE_LIMIT_LOGIN_ACCOUNT", new RateLimit(10, Duration.ofMinutes(15)), RateLimitText::parse);
        RateLimit register =
                value("APOTHECA_RATE_LIMIT_REGISTER", new RateLimit(5, Duration.ofHours(1)), RateLimitText::parse);
        List<String> proxies = value("APOTHECA_TRUSTED_PROXIES", List.of(), EnvironmentConfig::addresses);
        Optional<Secret> smtp = optional("APOTHECA_SMTP_URL", EnvironmentConfig::smtpUrl);
        Optional<String> mailFrom = optional("APOTHECA_MAIL_FROM", EnvironmentConfig::mailbox);
        boolean verification = value("APOTHECA_REQUIRE_EMAIL_VERIFICATION", true, EnvironmentConfig::bool);
        boolean demo = value("APOTHECA_DEMO_DATA", false, EnvironmentConfig::bool);
        Optional<Secret> metricsToken = optional("APOTHECA_METRICS_TOKEN", Secret::new);
        Optional<URI> publicUrl = optional("APOTHECA_PUBLIC_URL", EnvironmentConfig::httpUri);
        CardCapturePolicy.Mode capture =
                value("APOTHECA_CARD_CAPTURE", CardCapturePolicy.Mode.AUTOMATIC, EnvironmentConfig::captureMode);
        Duration window = value(
                "APOTHECA_CARD_AUTHORISATION_WINDOW",
                CardCapturePolicy.DEFAULT_WINDOW,
                EnvironmentConfig::authorisationWindow);
        EventsOut eventsOut = new EventsOut(
                optional("RABBITMQ_URL", EnvironmentConfig::amqpUrl),
                value("APOTHECA_WEBHOOK_TIMEOUT", Duration.ofSeconds(10), EnvironmentConfig::duration),
                value("APOTHECA_WEBHOOKS_ALLOW_PRIVATE_NETWORKS", false, EnvironmentConfig::bool));
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new ApothecaConfig(
                port,
                httpThreads,
                database,
                dataDir,
                redis,
                redisKeyPrefix,
                jwtSecret,
                admin,
                stripe,
                stripeApiBase,
                stripeTimeout,
                unpaidTtl,
                rxTtl,
                pendingPerPatient,
                new FillPolicy.Rules(rxValidity, refillMinElapsed),
                shelfLife,
                login,
                loginAccount,
                register,
                proxies,
                smtp,
                mailFrom,
                verification,
                demo,
                metricsToken,
                publicUrl,
                new CardCapturePolicy(capture, window),
                eventsOut);
    }

    private Optional<AdminAccount> firstAdmin() {
        Optional<String> email = optional("APOTHECA_ADMIN_EMAIL", EnvironmentConfig::mailbox);
        Optional<String> password = optional("APOTHECA_ADMIN_PASSWORD", Function.identity());
        if (raw("APOTHECA_ADMIN_EMAIL").isPresent()
                != raw("APOTHECA_ADMIN_PASSWORD").isPresent()) {
            problems.add("APOTHECA_ADMIN_EMAIL and APOTHECA_ADMIN_PASSWORD must be set together");
        }
        return email.flatMap(e -> password.map(p -> new AdminAccount(e, new Secret(p))));
    }

    private Optional<StripeCredentials> stripe() {
        Optional<String> key = optional("STRIPE_SECRET_KEY", Function.identity());
        Optional<String> webhook = optional("STRIPE_WEBHOOK_SECRET", Function.identity());
        if (key.isPresent() != webhook.isPresent()) {
            problems.add("STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET must be set together");
        }
        return key.flatMap(k -> webhook.map(w -> new StripeCredentials(new Secret(k), new Secret(w))));
    }

    private <T> T value(String variable, T fallback, Function<String, T> parser) {
        return optional(variable, parser).orElse(fallback);
    }

    private <T> Optional<T> optional(String variable, Function<String, T> parser) {
        Optional<String> text = raw(variable);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(text.get()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(variable + " " + reason(e));
            return Optional.empty();
        }
    }

    private Optional<String> raw(String variable) {
        String text = env.get(variable);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.trim());
    }

    private static String reason(RuntimeException e) {
        return e instanceof DateTimeParseException
                ? "must be an ISO-8601 duration such as PT30M or P3D"
                : e.getMessage();
    }

    private static int port(String text) {
        return wholeNumber(text, 0, 65_535, "must be a port number from 0 to 65535");
    }

    private static int pendingUploads(String text) {
        return wholeNumber(text, 1, 1_000, "must be a number of uploads from 1 to 1000");
    }

    /** A prescription's validity: an ISO-8601 period of one day to two years, such as {@code P1Y}. */
    private static Period validity(String text) {
        try {
            Period period = Period.parse(text);
            if (!period.isNegative()
                    && !period.isZero()
                    && !LocalDate.EPOCH.plus(period).isAfter(LocalDate.EPOCH.plusYears(2))) {
                return period;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("must be an ISO-8601 period from P1D to P2Y, such as P1Y");
    }

    /** A share, as a whole percent from 0 to 100, with or without its sign. */
    private static int percent(String text) {
        String number =
                text.endsWith("%") ? text.substring(0, text.length() - 1).trim() : text;
        return wholeNumber(number, 0, 100, "must be a percentage from 0 to 100, such as 75%");
    }

    private static int threads(String text) {
        return wholeNumber(text, 8, 10_000, "must be a number of threads from 8 to 10000");
    }

    private static int wholeNumber(String text, int min, int max, String expected) {
        try {
            int number = Integer.parseInt(text);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(expected);
    }

    private static String keyPrefix(String text) {
        if (!text.matches("[A-Za-z0-9:._-]{1,64}")) {
            throw new IllegalArgumentException("must be 1 to 64 letters, digits or : . _ -");
        }
        return text;
    }

    private static Secret jwtSecret(String text) {
        if (text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException("must be at least 32 bytes long");
        }
        return new Secret(text);
    }

    private static URI httpUri(String text) {
        URI uri = uri(text);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("must be an http:// or https:// address");
        }
        return uri;
    }

    /** Parses an address without echoing it, since it may carry a password. */
    static URI uri(String text) {
        try {
            return new URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("is not a well-formed address");
        }
    }

    private static CardCapturePolicy.Mode captureMode(String text) {
        return CardCapturePolicy.Mode.ofCode(text)
                .orElseThrow(() -> new IllegalArgumentException("must be automatic or on_dispense"));
    }

    private static Duration authorisationWindow(String text) {
        Duration window = duration(text);
        if (window.compareTo(CardCapturePolicy.MARGIN) <= 0) {
            throw new IllegalArgumentException("must be longer than a day (P1D)");
        }
        return window;
    }

    private static Duration duration(String text) {
        Duration duration = Duration.parse(text);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("must be a positive duration");
        }
        return duration;
    }

    private static List<String> addresses(String text) {
        List<String> addresses = new ArrayList<>();
        for (String entry : text.split(",")) {
            String address = entry.trim();
            if (!address.isEmpty()) {
                addresses.add(address(address));
            }
        }
        return addresses;
    }

    private static String address(String entry) {
        String[] parts = entry.split("/", 2);
        try {
            if (!IP_LITERAL.matcher(parts[0]).matches()) {
                throw new UnknownHostException(parts[0]);
            }
            InetAddress address = InetAddress.getByName(parts[0]); // a literal: no name lookup
            int bits = address.getAddress().length * 8;
            if (parts.length == 2 && !(parts[1].matches("\\d{1,3}") && Integer.parseInt(parts[1]) <= bits)) {
                throw new UnknownHostException(entry);
            }
            return entry;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("must list IP addresses or CIDR ranges, comma-separated: " + entry);
        }
    }

    private static Secret smtpUrl(String text) {
        URI uri = uri(text);
        if (!("smtp".equals(uri.getScheme()) || "smtps".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("must be smtp://[user:password@]host[:port][?starttls=true]");
        }
        return new Secret(text);
    }

    private static Secret amqpUrl(String text) {
        URI uri = uri(text);
        if (!("amqp".equals(uri.getScheme()) || "amqps".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("must be amqp://[user:password@]host[:port][/vhost]");
        }
        return new Secret(text);
    }

    private static String mailbox(String text) {
        if (!text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("must be an e-mail address");
        }
        return text;
    }

    private static boolean bool(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }
}
