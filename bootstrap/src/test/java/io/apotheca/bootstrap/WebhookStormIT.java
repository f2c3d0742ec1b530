package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Drill 5, a webhook storm: 1,000 signed deliveries, 30 % of them duplicates, shuffled and sent by
 * eight senders at once, for 350 card orders, each with a declined attempt and a success arriving
 * in any order. Every order ends paid, every event is taken exactly once however often and however
 * concurrently it arrives, and nothing answers a 5xx.
 */
class WebhookStormIT {

    private static final int ORDERS = 350;
    private static final int DELIVERIES = 1_000;

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy();

    private static TestPharmacy pharmacy;

    @Test
    void a_thousand_shuffled_deliveries_with_thirty_percent_duplicates_pay_every_order_once() throws Exception {
        String category = pharmacy.category("storm");
        String product = pharmacy.product(category, "Storm-proof plasters", 300, false);
        pharmacy.receive(product, "STORM-1", 400, ORDERS + 10);
        List<Account> customers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            customers.add(pharmacy.customer());
        }
        List<String> orders = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            Account customer = customers.get(i % customers.size());
            pharmacy.addToCart(customer, product, 1);
            String order = pharmacy.checkout(customer).text("id");
            Response intent = pharmacy.payByCard(customer, order);
            assertThat(intent.status()).as(intent.toString()).isEqualTo(200);
            orders.add(order);
            events.add(pharmacy.stripe.decline(intent.text("providerPaymentId")));
            events.add(pharmacy.stripe.succeed(intent.text("providerPaymentId")));
        }
        Random random = new Random(20261122);
        List<String> deliveries = new ArrayList<>(events);
        while (deliveries.size() < DELIVERIES) {
            deliveries.add(events.get(random.nextInt(events.size())));
        }
        Collections.shuffle(deliveries, random);

        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger firstTakes = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> sends = new ArrayList<>();
            for (String event : deliveries) {
                sends.add(() -> {
                    Response answer = pharmacy.webhook(event);
                    statuses.merge(answer.status(), 1, Integer::sum);
                    if (answer.status() == 200
                            && !answer.body().path("duplicate").asBoolean()) {
                        firstTakes.incrementAndGet();
                    }
                    return null;
                });
            }
            for (Future<Void> sent : senders.invokeAll(sends)) {
                sent.get();
            }
        } finally {
            senders.shutdown();
        }

        assertThat(statuses).containsOnlyKeys(200).containsEntry(200, DELIVERIES);
        assertThat(firstTakes.get()).as("each event taken exactly once").isEqualTo(events.size());
        assertThat(pharmacy.scalar("SELECT count(*) FROM provider_events")).isEqualTo(events.size());
        assertThat(pharmacy.scalar("SELECT count(*) FROM provider_events WHERE processed_at IS NULL"))
                .isZero();
        String ids = "'" + String.join("','", orders) + "'";
        assertThat(pharmacy.scalar("SELECT count(*) FROM orders WHERE status = 'PAID' AND id IN (" + ids + ")"))
                .isEqualTo(ORDERS);
        assertThat(pharmacy.scalar("SELECT count(*) FROM outbox WHERE type = 'order.paid'"))
                .as("one order.paid event per order")
                .isEqualTo(ORDERS);
        assertThat(pharmacy.stripe.refunds())
                .as("no paid order refunded by mistake")
                .isEmpty();
    }
}
