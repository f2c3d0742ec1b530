package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Download;
import io.apotheca.bootstrap.TestPharmacy.Response;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Recalls over HTTP on PostgreSQL, with every e-mail delivered to a real SMTP server (GreenMail):
 * the patients who received a lot (first expiry first out across two lots) are listed and each
 * told once, however often the outbox relays the notice, and the CSV report has the same rows; a
 * recall that leaves held stock uncovered cancels the newest orders until the rest fits, refunds a
 * paid one in full at the fake Stripe, and leaves the stock figures whole.
 */
class RecallApiIT {

    // the SMTP server starts with the class, before the pharmacy, whose environment names its port
    private static final GreenMail smtp = startSmtp();
    private static final ReceivedMails MAILS = new ReceivedMails(() -> smtp);

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy(Map.of(
            "APOTHECA_SMTP_URL",
            "smtp://127.0.0.1:" + smtp.getSmtp().getPort(),
            "APOTHECA_MAIL_FROM",
            "pharmacy@example.org"));

    private static TestPharmacy pharmacy;
    private static String category;
    private static Account pharmacist;

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @BeforeAll
    static void start() {
        category = pharmacy.category("recalls");
        pharmacist = pharmacy.pharmacist(true);
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    void the_patients_who_received_a_lot_are_listed_each_told_once_and_the_csv_has_the_same_rows() throws Exception {
        String ibuprofen = pharmacy.product(category, "Ibuprofen 400 mg, 24 tablets", 499, false);
        String first = pharmacy.receive(ibuprofen, "FIRST-1", 100, 4).text("id");
        pharmacy.receive(ibuprofen, "SECOND-2", 300, 20);
        Account ada = pharmacy.customer();
        Account ben = pharmacy.customer();
        Account cy = pharmacy.customer();
        String adaOrder = dispensed(ada, ibuprofen, 3); // 3 from FIRST-1
        String benOrder = dispensed(ben, ibuprofen, 3); // 1 from FIRST-1, 2 from SECOND-2
        dispensed(cy, ibuprofen, 2); // 2 from SECOND-2

        Response recalled = pharmacy.post(
                "/api/v1/inventory/batches/" + first + "/recall",
                pharmacy.admin().accessToken(),
                Map.of(
                        "reason", "Foreign particles found by the manufacturer",
                        "recallClass", "I",
                        "instructions", "Stop taking these tablets and bring them back to us."));

        assertThat(recalled.status()).as(recalled.toString()).isEqualTo(200);
        assertThat(recalled.text("status")).isEqualTo("RECALLED");
        JsonNode recall = recalled.body().path("recall");
        assertThat(recall.path("recallClass").asText()).isEqualTo("I");
        assertThat(recall.path("unitsReceived").asInt()).isEqualTo(4);
        assertThat(recall.path("unitsDispensed").asInt()).isEqualTo(4);
        assertThat(recall.path("cancelledOrders")).isEmpty();
        assertThat(recall.path("patients").findValuesAsText("customerId")).containsExactly(ada.id(), ben.id());
        assertThat(recall.path("patients").findValuesAsText("orderId")).containsExactly(adaOrder, benOrder);
        assertThat(recall.path("patients").findValuesAsText("quantity")).containsExactly("3", "1");
        String recallId = recall.path("id").asText();

        for (Account patient : List.of(ada, ben)) {
            MimeMessage notice = MAILS.await(patient.email(), "Urgent: a medicine you received is recalled");
            assertThat(ReceivedMails.text(notice))
                    .contains("Ibuprofen 400 mg, 24 tablets, lot FIRST-1")
                    .contains("Class I")
                    .contains("Stop taking these tablets and bring them back to us.");
        }
        await().atMost(ReceivedMails.WAIT)
                .until(() -> report(recallId)
                        .path("patients")
                        .findValuesAsText("noticeSent")
                        .equals(List.of("true", "true")));

        // the relay hands the notices over again, as at-least-once allows: nobody is told twice
        pharmacy.execute("UPDATE outbox SET published_at = NULL WHERE type = 'recall.notice_due'"
                + " AND aggregate_id = '" + recallId + "'");
        await().atMost(ReceivedMails.WAIT)
                .until(() -> pharmacy.scalar("SELECT count(*) FROM outbox WHERE type = 'recall.notice_due'"
                                + " AND aggregate_id = '" + recallId + "' AND published_at IS NULL")
                        == 0);
        Thread.sleep(5_000); // two rounds of the mail job
        for (Account patient : List.of(ada, ben)) {
            assertThat(MAILS.subjects(patient.email()))
                    .filteredOn(s -> s.contains("is recalled"))
                    .hasSize(1);
        }
        assertThat(MAILS.subjects(cy.email())).noneMatch(s -> s.contains("is recalled"));
        assertThat(pharmacy.scalar("SELECT count(*) FROM mail_queue WHERE kind = 'RECALL_NOTICE'"
                        + " AND data->>'recallId' = '" + recallId + "'"))
                .isEqualTo(2);

        Download csv = pharmacy.download(
                "/api/v1/inventory/recalls/" + recallId, pharmacy.admin().accessToken(), "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<String> rows =
                new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(rows.get(0)).startsWith("recallId,lotNumber,productId,productName,recallClass,customerId");
        assertThat(rows.subList(1, rows.size()))
                .map(RecallApiIT::csvFields)
                .extracting(f -> f.get(5) + " " + f.get(8) + " " + f.get(9) + " " + f.get(11))
                .containsExactly(ada.id() + " " + adaOrder + " 3 true", ben.id() + " " + benOrder + " 1 true");
        assertThat(pharmacy.scalar("SELECT count(*) FROM audit_log WHERE action = 'recall.report_viewed'"
                        + " AND target_id = '" + recallId + "'"))
                .isGreaterThanOrEqualTo(2);
        JsonNode listed = pharmacy.get("/api/v1/inventory/recalls", pharmacist.accessToken())
                .body()
                .path("items");
        assertThat(listed).anySatisfy(r -> {
            assertThat(r.path("id").asText()).isEqualTo(recallId);
            assertThat(r.path("patients").asInt()).isEqualTo(2);
            assertThat(r.path("noticesSent").asInt()).isEqualTo(2);
        });
        assertThat(pharmacy.get("/api/v1/inventory/recalls/" + recallId, ada.accessToken())
                        .status())
                .isEqualTo(403);
        assertThat(pharmacy.scalar("SELECT count(*) FROM outbox WHERE type = 'batch.recalled'" + " AND aggregate_id = '"
                        + first + "'"))
                .isEqualTo(1);
    }

    @Test
    void a_recall_cancels_the_newest_orders_it_leaves_uncovered_refunds_a_paid_one_and_keeps_the_stock_whole()
            throws Exception {
        String naproxen = pharmacy.product(category, "Naproxen 250 mg, 20 tablets", 1250, false);
        String bad = pharmacy.receive(naproxen, "BAD-1", 200, 5).text("id");
        pharmacy.receive(naproxen, "GOOD-1", 300, 3);
        Account first = pharmacy.customer();
        Account second = pharmacy.customer();
        Account third = pharmacy.customer();
        String oldest = placed(first, naproxen, 2);
        String middle = placed(second, naproxen, 2);
        Response intent = pharmacy.payByCard(second, middle);
        assertThat(intent.status()).isEqualTo(200);
        String paymentIntent = intent.text("providerPaymentId");
        assertThat(pharmacy.webhook(pharmacy.stripe.succeed(paymentIntent)).status())
                .isEqualTo(200);
        String newest = placed(third, naproxen, 2);
        assertThat(status(second, middle)).isEqualTo("PAID");

        // 8 units, 6 held; without the 5 recalled, 3 remain: the two newest orders give way
        Response recalled = pharmacy.post(
                "/api/v1/inventory/batches/" + bad + "/recall",
                pharmacy.admin().accessToken(),
                Map.of("reason", "Wrong strength printed on the blister"));

        assertThat(recalled.status()).as(recalled.toString()).isEqualTo(200);
        JsonNode cancelled = recalled.body().path("recall").path("cancelledOrders");
        assertThat(recalled.body().path("recall").path("recallClass").asText()).isEqualTo("II");
        assertThat(cancelled.findValuesAsText("orderId")).containsExactly(newest, middle);
        assertThat(cancelled.findValuesAsText("statusBefore")).containsExactly("AWAITING_PAYMENT", "PAID");
        assertThat(cancelled.get(0).path("refundId").isNull()).isTrue();
        assertThat(cancelled.get(1).path("refundId").asText()).isNotBlank();
        assertThat(status(first, oldest)).isEqualTo("AWAITING_PAYMENT");
        for (Account customer : List.of(second, third)) {
            String order = customer == second ? middle : newest;
            JsonNode view = pharmacy.get("/api/v1/orders/" + order, customer.accessToken())
                    .body();
            assertThat(view.path("status").asText()).isEqualTo("CANCELLED");
            assertThat(view.path("cancellationReason").asText()).isEqualTo("stock_recalled");
            MAILS.await(customer.email(), "Order");
            assertThat(MAILS.subjects(customer.email())).anyMatch(s -> s.endsWith("cancelled"));
        }
        assertThat(pharmacy.stripe.refunds())
                .filteredOn(r -> r.get("payment_intent").getAsString().equals(paymentIntent))
                .singleElement()
                .satisfies(r -> assertThat(r.get("amount").getAsLong()).isEqualTo(2500));

        JsonNode stock = pharmacy.get(
                        "/api/v1/inventory/products/" + naproxen,
                        pharmacy.admin().accessToken())
                .body();
        assertThat(stock.path("reserved").asInt()).isEqualTo(2);
        assertThat(stock.path("available").asInt()).isEqualTo(1);
        assertThat(pharmacy.scalar("SELECT sum(available) FROM stock_slots WHERE product_id = '" + naproxen + "'"))
                .isEqualTo(1);
        assertThat(pharmacy.scalar("SELECT sum(held) FROM stock_slots WHERE product_id = '" + naproxen + "'"))
                .isEqualTo(2);
        assertThat(pharmacy.scalar("SELECT coalesce(sum(quantity), 0) FROM stock_holds WHERE product_id = '" + naproxen
                        + "' AND released_at IS NULL"))
                .isEqualTo(2);
        assertThat(pharmacy.post(
                                "/api/v1/inventory/batches/" + bad + "/recall",
                                pharmacy.admin().accessToken(),
                                Map.of("reason", "again"))
                        .code())
                .isEqualTo("invalid_transition");
        Response badClass = pharmacy.post(
                "/api/v1/inventory/batches/"
                        + pharmacy.receive(naproxen, "OTHER-1", 300, 1).text("id") + "/recall",
                pharmacy.admin().accessToken(),
                Map.of("reason", "x", "recallClass", "IV"));
        assertThat(badClass.status()).isEqualTo(400);
        assertThat(badClass.body().path("errors").findValuesAsText("field")).containsExactly("recallClass");
    }

    @Test
    void a_recall_racing_checkouts_of_its_product_and_a_lower_one_answers_every_request_and_keeps_the_stock_whole()
            throws Exception {
        // ids grow with time: the plasters sort before the lozenges, so an order of both holds them in that order
        String plasters = pharmacy.product(category, "Plasters, 40", 299, false);
        String lozenges = pharmacy.product(category, "Lozenges, 24", 329, false);
        pharmacy.receive(plasters, "PL-1", 300, 500);
        String recalled = pharmacy.receive(lozenges, "LZ-BAD", 200, 30).text("id");
        pharmacy.receive(lozenges, "LZ-GOOD", 300, 10);
        for (int i = 0; i < 8; i++) {
            Account holder = pharmacy.customer();
            pharmacy.addToCart(holder, plasters, 1);
            placed(holder, lozenges, 4); // 32 of 40 lozenges held, beside a plaster each
        }
        List<Account> buyers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Account buyer = pharmacy.customer();
            pharmacy.addToCart(buyer, plasters, 1);
            pharmacy.addToCart(buyer, lozenges, 1);
            buyers.add(buyer);
        }
        String admin = pharmacy.admin().accessToken();
        ExecutorService pool = Executors.newFixedThreadPool(13);
        CyclicBarrier start = new CyclicBarrier(13);
        List<Future<Response>> checkouts = new ArrayList<>();
        Future<Response> recall;
        try {
            for (Account buyer : buyers) {
                checkouts.add(pool.submit(() -> {
                    start.await();
                    return pharmacy.checkout(buyer);
                }));
            }
            recall = pool.submit(() -> {
                start.await();
                return pharmacy.post(
                        "/api/v1/inventory/batches/" + recalled + "/recall",
                        admin,
                        Map.of("reason", "Sugar-free label on a sugared batch"));
            });
            assertThat(recall.get().status()).as(recall.get().toString()).isEqualTo(200);
            for (Future<Response> checkout : checkouts) {
                Response answer = checkout.get();
                assertThat(answer.status() == 201 || "insufficient_stock".equals(answer.code()))
                        .as(answer.status() + " " + answer.body())
                        .isTrue();
            }
        } finally {
            pool.shutdown();
        }
        for (String product : List.of(plasters, lozenges)) {
            long held = pharmacy.scalar("SELECT coalesce(sum(quantity), 0) FROM stock_holds WHERE product_id = '"
                    + product + "' AND released_at IS NULL");
            JsonNode stock = pharmacy.get(
                            "/api/v1/inventory/products/" + product,
                            pharmacy.admin().accessToken())
                    .body();
            assertThat(stock.path("reserved").asLong()).isEqualTo(held);
            assertThat(pharmacy.scalar("SELECT sum(held) FROM stock_slots WHERE product_id = '" + product + "'"))
                    .isEqualTo(held);
            long sellable = product.equals(lozenges) ? 10 : 500;
            assertThat(held).isLessThanOrEqualTo(sellable);
            assertThat(pharmacy.scalar("SELECT sum(available) FROM stock_slots WHERE product_id = '" + product + "'"))
                    .isEqualTo(sellable - held);
        }
    }

    private static String placed(Account customer, String product, int quantity) {
        pharmacy.addToCart(customer, product, quantity);
        Response placed = pharmacy.checkout(customer);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.text("id");
    }

    /** Places, confirms for cash on delivery and dispenses an order; returns its id. */
    private static String dispensed(Account customer, String product, int quantity) {
        String order = placed(customer, product, quantity);
        Response paid = pharmacy.post(
                "/api/v1/orders/" + order + "/payment", customer.accessToken(), Map.of("method", "cash_on_delivery"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        Response fulfilled = pharmacy.post("/api/v1/orders/" + order + "/fulfil", pharmacist.accessToken(), null);
        assertThat(fulfilled.status()).as(fulfilled.toString()).isEqualTo(200);
        return order;
    }

    /** The fields of one CSV row, a quoted field (the product's name holds a comma) read whole. */
    private static List<String> csvFields(String row) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '"' && quoted && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String status(Account customer, String order) {
        return pharmacy.get("/api/v1/orders/" + order, customer.accessToken()).text("status");
    }

    private static JsonNode report(String recallId) {
        return pharmacy.get(
                        "/api/v1/inventory/recalls/" + recallId,
                        pharmacy.admin().accessToken())
                .body();
    }
}
