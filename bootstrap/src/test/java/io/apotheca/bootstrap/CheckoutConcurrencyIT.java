package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sixty-four customers at once, each checking out several multi-line carts over twenty scarce
 * products while others cancel, are fulfilled, or have their lots adjusted, on a real PostgreSQL.
 * Afterwards nothing is oversold, nothing deadlocked, and every product's books balance: received ±
 * adjustments = on hand + dispensed, and on hand = available + reserved + unsellable.
 */
class CheckoutConcurrencyIT {

    private static final int THREADS = 64;
    private static final int ROUNDS = 4;
    private static final int PRODUCTS = 20;

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy();

    private static TestPharmacy pharmacy;
    private static String admin;

    @BeforeAll
    static void start() {
        admin = pharmacy.admin().accessToken();
    }

    @Test
    void sixty_four_mixed_buyers_never_oversell_never_deadlock_and_every_product_balances() throws Exception {
        String category = pharmacy.category("concurrency");
        List<String> products = new ArrayList<>();
        List<String> lots = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            String product = pharmacy.product(category, "Scarce " + i, 200 + i, false);
            products.add(product);
            lots.add(pharmacy.receive(product, "L" + i + "-LATE", 400, 15).text("id"));
            lots.add(pharmacy.receive(product, "L" + i + "-SOON", 200, 10).text("id"));
            if (i % 5 == 0) {
                String recalled =
                        pharmacy.receive(product, "L" + i + "-BAD", 300, 4).text("id");
                pharmacy.post(
                        "/api/v1/inventory/batches/" + recalled + "/recall", admin, Map.of("reason", "contamination"));
            }
        }
        List<Account> buyers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            buyers.add(pharmacy.customer());
        }
        long deadlocksBefore = deadlocks();

        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicInteger placed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Account buyer = buyers.get(t);
                boolean adjuster = t % 16 == 0;
                work.add(() -> {
                    go.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        shop(buyer, products, lots, adjuster, unexpected, placed, refused);
                    }
                    return null;
                });
            }
            List<Future<Void>> done = new ArrayList<>();
            for (Callable<Void> task : work) {
                done.add(pool.submit(task));
            }
            go.countDown();
            for (Future<Void> task : done) {
                task.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(unexpected).isEmpty();
        assertThat(placed.get()).isPositive();
        assertThat(refused.get())
                .as("the stock is scarce enough that some checkouts must be refused")
                .isPositive();
        assertThat(deadlocks()).isEqualTo(deadlocksBefore);
        for (String product : products) {
            assertBalances(product);
        }
        assertThat(
                        pharmacy.scalar(
                                "SELECT count(*) FROM stock_holds h JOIN orders o ON o.id = h.order_id"
                                        + " WHERE h.released_at IS NULL AND o.status NOT IN ('AWAITING_PAYMENT', 'AWAITING_PRESCRIPTION', 'PAID', 'CONFIRMED')"))
                .as("open holds of orders that no longer hold stock")
                .isZero();
    }

    /** One round: fill the cart with one to four products, check out, then cancel, fulfil or leave it. */
    private static void shop(
            Account buyer,
            List<String> products,
            List<String> lots,
            boolean adjuster,
            Queue<String> unexpected,
            AtomicInteger placed,
            AtomicInteger refused) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String> shuffled = new ArrayList<>(products);
        Collections.shuffle(shuffled, random);
        for (String product : shuffled.subList(0, 1 + random.nextInt(4))) {
            pharmacy.addToCart(buyer, product, 1 + random.nextInt(4));
        }
        Response checkout = pharmacy.checkoutTryingAgainWhenUnavailable(buyer);
        if (checkout.status() == 409 && "insufficient_stock".equals(checkout.code())) {
            refused.incrementAndGet();
            pharmacy.send("DELETE", "/api/v1/cart", buyer.accessToken(), null);
        } else if (checkout.status() == 201) {
            placed.incrementAndGet();
            String order = checkout.text("id");
            switch (random.nextInt(3)) {
                case 0 ->
                    expect(
                            unexpected,
                            pharmacy.post("/api/v1/orders/" + order + "/cancel", buyer.accessToken(), null),
                            200);
                case 1 -> {
                    pharmacy.markPaid(buyer, order);
                    expect(unexpected, pharmacy.post("/api/v1/orders/" + order + "/fulfil", admin, null), 200);
                }
                default -> {}
            }
        } else {
            unexpected.add("checkout: " + checkout);
        }
        if (adjuster) {
            String lot = lots.get(random.nextInt(lots.size()));
            int delta = random.nextBoolean() ? 3 : -2;
            Response adjusted = pharmacy.post(
                    "/api/v1/inventory/batches/" + lot + "/adjustments",
                    admin,
                    Map.of("delta", delta, "reason", "stock count"));
            if (adjusted.status() >= 500 || adjusted.status() == 401 || adjusted.status() == 403) {
                unexpected.add("adjustment: " + adjusted);
            }
        }
    }

    private static void expect(Queue<String> unexpected, Response response, int status) {
        if (response.status() != status) {
            unexpected.add(response.toString());
        }
    }

    private static void assertBalances(String product) throws SQLException {
        long received = pharmacy.scalar(
                "SELECT coalesce(sum(m.delta), 0) FROM stock_movements m JOIN batches b ON b.id = m.batch_id"
                        + " WHERE m.kind = 'RECEIPT' AND b.product_id = '" + product + "'");
        long adjusted = pharmacy.scalar(
                "SELECT coalesce(sum(m.delta), 0) FROM stock_movements m JOIN batches b ON b.id = m.batch_id"
                        + " WHERE m.kind = 'ADJUSTMENT' AND b.product_id = '" + product + "'");
        long dispensed = -pharmacy.scalar(
                "SELECT coalesce(sum(m.delta), 0) FROM stock_movements m JOIN batches b ON b.id = m.batch_id"
                        + " WHERE m.kind = 'DISPENSED' AND b.product_id = '" + product + "'");
        long unsellable = pharmacy.scalar(
                "SELECT coalesce(sum(on_hand), 0) FROM batches WHERE status <> 'ACTIVE' AND product_id = '" + product
                        + "'");
        long heldInOrders =
                pharmacy.scalar("SELECT coalesce(sum(h.quantity), 0) FROM stock_holds h WHERE h.released_at IS NULL"
                        + " AND h.product_id = '" + product + "'");
        long holdable = pharmacy.scalar(
                "SELECT coalesce(sum(available), 0) FROM stock_slots WHERE product_id = '" + product + "'");
        Response stock = pharmacy.get("/api/v1/inventory/products/" + product, admin);
        long onHand = stock.body().path("onHand").asLong();
        long reserved = stock.body().path("reserved").asLong();
        long available = stock.body().path("available").asLong();

        assertThat(received + adjusted)
                .as("received ± adjustments of " + product)
                .isEqualTo(onHand + dispensed);
        assertThat(onHand).as("on hand of " + product).isEqualTo(available + reserved + unsellable);
        assertThat(available).as("available of " + product).isNotNegative();
        assertThat(reserved).as("reserved of " + product).isEqualTo(heldInOrders);
        assertThat(holdable).as("what may still be held of " + product).isEqualTo(available);
        assertThat(onHand - unsellable)
                .as("sellable stock covers every hold of " + product)
                .isGreaterThanOrEqualTo(reserved);
    }

    private static long deadlocks() throws SQLException {
        return pharmacy.scalar("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()");
    }
}
