package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.testsupport.PostgresExtension;
import io.apotheca.testsupport.RedisExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Two instances of Apotheca on one database and one Redis, as behind a load balancer: customers
 * checking out the same scarce product through both never oversell, the hold-expiry job releases each
 * expired order once (not once per instance), the event relay and the mail sender deal with each
 * event and mail once, and a rate limit counts attempts made at either.
 */
class TwoInstancesIT {

    private static final int STOCK = 60;
    private static final int BUYERS = 40;
    private static final int UNITS_EACH = 2;
    /** Long enough that no order placed in the race can expire before the race ends. */
    private static final Duration UNPAID_TTL = Duration.ofSeconds(15);

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @RegisterExtension
    static final RedisExtension redis = new RedisExtension();

    @TempDir
    static Path dataDir;

    private static TestPharmacy first;
    private static TestPharmacy second;

    private static Map<String, String> env(Map<String, String> more) {
        Map<String, String> env = new HashMap<>(Map.of(
                "REDIS_URL",
                redis.redis().url(),
                "APOTHECA_REDIS_KEY_PREFIX",
                redis.redis().keyPrefix(),
                "APOTHECA_JWT_SECRET",
                "two instances share one signing key, 32+ bytes",
                "APOTHECA_UNPAID_ORDER_TTL",
                UNPAID_TTL.toString()));
        env.putAll(more);
        return env;
    }

    @BeforeAll
    static void start() {
        first = TestPharmacy.start(postgres.database(), dataDir, env(Map.of()));
        second = TestPharmacy.start(postgres.database(), dataDir, env(Map.of()));
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    @Test
    void checkouts_of_one_scarce_product_through_both_instances_never_oversell_and_each_expiry_is_released_once()
            throws Exception {
        String category = first.category("two-instances");
        String product = first.product(category, "Scarce insulin pens", 2500, false);
        first.receive(product, "TWO-1", 400, STOCK);
        List<Account> buyers = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            Account buyer = first.customer();
            (i % 2 == 0 ? first : second).addToCart(buyer, product, UNITS_EACH);
            buyers.add(buyer);
        }
        List<Response> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(BUYERS);
        ListAppender<ILoggingEvent> serverLog = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        serverLog.setContext(root.getLoggerContext());
        serverLog.start();
        root.addAppender(serverLog);
        try {
            List<Callable<Response>> checkouts = new ArrayList<>();
            for (int i = 0; i < BUYERS; i++) {
                TestPharmacy instance = i % 2 == 0 ? second : first; // the other instance than the cart's
                Account buyer = buyers.get(i);
                checkouts.add(() -> instance.checkoutTryingAgainWhenUnavailable(buyer));
            }
            long raceStarted = System.nanoTime();
            for (Future<Response> answer : pool.invokeAll(checkouts)) {
                answers.add(answer.get());
            }
            assertThat(Duration.ofNanos(System.nanoTime() - raceStarted))
                    .as("the race ended before any of its orders could expire")
                    .isLessThan(UNPAID_TTL);
        } finally {
            pool.shutdown();
            root.detachAppender(serverLog);
        }
        long placed = answers.stream().filter(a -> a.status() == 201).count();
        assertThat(answers.stream()
                        .filter(a -> a.status() != 201 && !"insufficient_stock".equals(a.code()))
                        .map(a -> a.status() + " " + a.body()))
                .as("answers other than placed or out of stock; the servers logged: %s", problemsIn(serverLog))
                .isEmpty();
        assertThat(placed).as("exactly the stock is sold, no more").isEqualTo(STOCK / UNITS_EACH);
        assertThat(first.available(product)).isZero();
        assertThat(second.available(product)).isZero();
        assertThat(first.scalar("SELECT coalesce(sum(quantity), 0) FROM stock_holds WHERE released_at IS NULL"))
                .isEqualTo(STOCK);

        // the unpaid orders expire after the TTL; the job runs on both instances, each order is released once
        await().atMost(UNPAID_TTL.plusSeconds(40))
                .untilAsserted(() -> assertThat(first.scalar("SELECT count(*) FROM orders WHERE status = 'CANCELLED'"))
                        .isEqualTo(placed));
        assertThat(first.scalar("SELECT count(*) FROM outbox WHERE type = 'order.expired'"))
                .isEqualTo(placed);
        assertThat(first.scalar("SELECT count(*) FROM orders WHERE cancellation_reason = 'expired'"))
                .isEqualTo(placed);
        assertThat(first.available(product))
                .as("released once: back to the stock, never beyond")
                .isEqualTo(STOCK);
        assertThat(second.available(product)).isEqualTo(STOCK);

        // the event relay and the mail sender run on both instances too: each event is relayed once,
        // and each order's two mails (placed, expired) are queued once and sent at the first attempt
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(first.scalar("SELECT count(*) FROM mail_queue"
                                + " WHERE kind IN ('ORDER_PLACED', 'HOLD_EXPIRED') AND sent_at IS NOT NULL"))
                        .isEqualTo(2 * placed));
        assertThat(first.scalar("SELECT count(*) FROM outbox WHERE published_at IS NULL"))
                .isZero();
        assertThat(first.scalar("SELECT count(*) FROM mail_queue WHERE attempts <> 1"))
                .as("mails tried more than once")
                .isZero();
    }

    @Test
    void a_login_rate_limit_counts_attempts_made_at_either_instance() {
        Map<String, String> strict =
                Map.of("APOTHECA_RATE_LIMIT_LOGIN", "4/1m", "APOTHECA_TRUSTED_PROXIES", "127.0.0.1");
        try (TestPharmacy a = TestPharmacy.start(postgres.database(), dataDir, env(strict));
                TestPharmacy b = TestPharmacy.start(postgres.database(), dataDir, env(strict))) {
            List<Integer> statuses = new ArrayList<>();
            for (int attempt = 0; attempt < 6; attempt++) {
                statuses.add(wrongLogin(attempt % 2 == 0 ? a : b).status());
            }
            assertThat(statuses).containsExactly(401, 401, 401, 401, 429, 429);
        }
    }

    /** What the servers logged as a warning or an error, each with its chain of causes. */
    private static String problemsIn(ListAppender<ILoggingEvent> log) {
        StringBuilder problems = new StringBuilder();
        for (ILoggingEvent event : List.copyOf(log.list)) {
            if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
                problems.append("\n  ").append(event.getLevel()).append(' ').append(event.getFormattedMessage());
                for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
                    problems.append("\n    caused by ")
                            .append(cause.getClassName())
                            .append(": ")
                            .append(cause.getMessage());
                    var frames = cause.getStackTraceElementProxyArray();
                    for (int i = 0; i < Math.min(6, frames.length); i++) {
                        problems.append("\n      ").append(frames[i].getSTEAsString());
                    }
                }
            }
        }
        return problems.length() == 0 ? "nothing" : problems.toString();
    }

    private static Response wrongLogin(TestPharmacy instance) {
        return instance.sendWithHeader(
                "POST",
                "/api/v1/auth/login",
                Map.of("email", "someone@apotheca.test", "password", "wrong password here"),
                "X-Forwarded-For",
                "203.0.113.77");
    }
}
