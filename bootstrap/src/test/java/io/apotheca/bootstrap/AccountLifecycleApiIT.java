package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The account lifecycle over HTTP, with every e-mail delivered to a real SMTP server (GreenMail):
 * verification before checkout, password reset, notifications sent once and retried, deletion.
 */
class AccountLifecycleApiIT {

    private static final Pattern LINK_TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_-]{43})");

    // the SMTP server starts with the class, before the pharmacy, whose environment names its port
    private static GreenMail smtp = startSmtp();
    private static final int SMTP_PORT = smtp.getSmtp().getPort();
    private static final ReceivedMails MAILS = new ReceivedMails(() -> smtp);

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy(Map.of(
            "APOTHECA_SMTP_URL", "smtp://127.0.0.1:" + SMTP_PORT,
            "APOTHECA_MAIL_FROM", "pharmacy@example.org",
            "APOTHECA_PUBLIC_URL", "https://shop.example.org"));

    private static TestPharmacy pharmacy;
    private static String category;

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @BeforeAll
    static void start() {
        category = pharmacy.category("lifecycle");
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    void an_unverified_customer_cannot_check_out_until_they_follow_the_mailed_link() throws Exception {
        Account customer = pharmacy.unverifiedCustomer();
        String product = stockedProduct("Cough syrup");
        pharmacy.addToCart(customer, product, 1);

        Response refused = pharmacy.checkout(customer);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("email_not_verified");
        assertThat(pharmacy.scalar("SELECT count(*) FROM orders WHERE customer_id = '" + customer.id() + "'"))
                .isZero();
        assertThat(pharmacy.available(product)).isEqualTo(10);
        assertThat(pharmacy.get("/api/v1/users/me", customer.accessToken())
                        .body()
                        .path("emailVerified")
                        .asBoolean())
                .isFalse();

        MimeMessage mail = MAILS.await(customer.email(), "Confirm your e-mail address");
        assertThat(ReceivedMails.text(mail)).contains("https://shop.example.org/verify-email?token=");
        String token = token(mail);
        Response verified = pharmacy.post("/api/v1/auth/verify-email", null, Map.of("token", token));

        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body().path("emailVerified").asBoolean()).isTrue();
        assertThat(pharmacy.checkout(customer).status()).isEqualTo(201);
        Response again = pharmacy.post("/api/v1/auth/verify-email", null, Map.of("token", token));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.code()).isEqualTo("invalid_link");
        assertThat(pharmacy.post("/api/v1/auth/resend-verification", customer.accessToken(), null)
                        .code())
                .isEqualTo("email_already_verified");
    }

    @Test
    void a_new_verification_link_is_sent_on_request_a_few_times_an_hour_and_garbage_is_refused() throws Exception {
        Account customer = pharmacy.unverifiedCustomer();
        MAILS.await(customer.email(), "Confirm your e-mail address");

        assertThat(pharmacy.post("/api/v1/auth/resend-verification", customer.accessToken(), null)
                        .status())
                .isEqualTo(202);
        await().atMost(ReceivedMails.WAIT)
                .until(() -> MAILS.to(customer.email()).size() == 2);
        assertThat(pharmacy.post("/api/v1/auth/resend-verification", customer.accessToken(), null)
                        .status())
                .isEqualTo(202);
        assertThat(pharmacy.post("/api/v1/auth/resend-verification", customer.accessToken(), null)
                        .status())
                .isEqualTo(202);
        assertThat(pharmacy.post("/api/v1/auth/resend-verification", customer.accessToken(), null)
                        .status())
                .isEqualTo(429);
        assertThat(pharmacy.post("/api/v1/auth/resend-verification", null, null).status())
                .isEqualTo(401);
        assertThat(pharmacy.post("/api/v1/auth/verify-email", null, Map.of("token", "x".repeat(43)))
                        .code())
                .isEqualTo("invalid_link");

        // the older link still works; once one is used, the others are void
        List<MimeMessage> mails = MAILS.to(customer.email());
        assertThat(pharmacy.post("/api/v1/auth/verify-email", null, Map.of("token", token(mails.get(0))))
                        .status())
                .isEqualTo(200);
        assertThat(pharmacy.post("/api/v1/auth/verify-email", null, Map.of("token", token(mails.get(1))))
                        .code())
                .isEqualTo("invalid_link");
    }

    @Test
    void a_password_reset_answers_alike_for_anyone_and_ends_every_session_of_the_account() throws Exception {
        Account customer = pharmacy.customer();
        Account otherSession = pharmacy.login(customer.email());
        String unknown = TestPharmacy.uniqueEmail("nobody");

        Response known = pharmacy.post("/api/v1/auth/password-reset", null, Map.of("email", customer.email()));
        Response stranger = pharmacy.post("/api/v1/auth/password-reset", null, Map.of("email", unknown));

        assertThat(known.status()).isEqualTo(202);
        assertThat(stranger.status()).isEqualTo(202);
        assertThat(stranger.body()).isEqualTo(known.body());
        MimeMessage mail = MAILS.await(customer.email(), "Choose a new password");
        assertThat(ReceivedMails.text(mail)).contains("https://shop.example.org/reset-password?token=");
        String token = token(mail);

        Response reset = pharmacy.post(
                "/api/v1/auth/password-reset/confirm",
                null,
                Map.of("token", token, "newPassword", "a brand new passphrase"));

        assertThat(reset.status()).isEqualTo(200);
        assertThat(pharmacy.get("/api/v1/users/me", customer.accessToken()).status())
                .isEqualTo(401);
        assertThat(pharmacy.post("/api/v1/auth/refresh", null, Map.of("refreshToken", otherSession.refreshToken()))
                        .status())
                .isEqualTo(401);
        assertThat(login(customer.email(), TestPharmacy.PASSWORD).status()).isEqualTo(401);
        assertThat(login(customer.email(), "a brand new passphrase").status()).isEqualTo(200);
        Response reused = pharmacy.post(
                "/api/v1/auth/password-reset/confirm",
                null,
                Map.of("token", token, "newPassword", "yet another passphrase"));
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.code()).isEqualTo("invalid_link");
        assertThat(MAILS.to(unknown)).isEmpty();
    }

    @Test
    void an_expired_reset_link_is_refused_and_a_weak_password_does_not_spend_the_link() throws Exception {
        Account customer = pharmacy.customer();
        pharmacy.post("/api/v1/auth/password-reset", null, Map.of("email", customer.email()));
        String token = token(MAILS.await(customer.email(), "Choose a new password"));

        Response weak = pharmacy.post(
                "/api/v1/auth/password-reset/confirm", null, Map.of("token", token, "newPassword", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.code()).isEqualTo("validation_failed");

        pharmacy.execute("UPDATE account_tokens SET issued_at = now() - interval '2 hours', "
                + "expires_at = now() - interval '90 minutes' WHERE user_id = '" + customer.id() + "'");
        Response expired = pharmacy.post(
                "/api/v1/auth/password-reset/confirm",
                null,
                Map.of("token", token, "newPassword", "a brand new passphrase"));

        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.code()).isEqualTo("invalid_link");
        assertThat(login(customer.email(), TestPharmacy.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void each_notification_is_sent_once_even_when_its_event_is_relayed_twice() throws Exception {
        Account customer = pharmacy.customer();
        pharmacy.addToCart(customer, stockedProduct("Vitamin C"), 2);
        String order = pharmacy.checkout(customer).text("id");
        MAILS.await(customer.email(), "We received your order");

        pharmacy.execute("UPDATE outbox SET published_at = NULL WHERE aggregate_id = '" + order + "'");
        await().atMost(ReceivedMails.WAIT)
                .until(() -> pharmacy.scalar("SELECT count(*) FROM outbox WHERE aggregate_id = '" + order
                                + "' AND published_at IS NULL")
                        == 0);
        assertThat(pharmacy.post(
                                "/api/v1/orders/" + order + "/payment",
                                customer.accessToken(),
                                Map.of("method", "cash_on_delivery"))
                        .status())
                .isEqualTo(200);
        MimeMessage confirmed = MAILS.await(customer.email(), "Order");

        assertThat(MAILS.subjects(customer.email()))
                .filteredOn(s -> s.startsWith("We received your order"))
                .hasSize(1);
        assertThat(confirmed.getSubject()).endsWith("confirmed");
        assertThat(ReceivedMails.text(confirmed)).contains("2 × Vitamin C").doesNotContain("token=");
        assertThat(pharmacy.scalar("SELECT count(*) FROM mail_queue WHERE recipient_id = '" + customer.id()
                        + "' AND kind = 'ORDER_PLACED'"))
                .isEqualTo(1);
    }

    @Test
    void a_mail_the_smtp_server_refused_is_sent_again_once_it_is_back() throws Exception {
        Account customer = pharmacy.customer();
        pharmacy.addToCart(customer, stockedProduct("Plasters"), 1);
        String failedOnce = "SELECT count(*) FROM mail_queue WHERE recipient_id = '" + customer.id()
                + "' AND kind = 'ORDER_PLACED' AND attempts >= 1 AND last_error IS NOT NULL AND sent_at IS NULL";
        smtp.stop();
        try {
            assertThat(pharmacy.checkout(customer).status()).isEqualTo(201);
            await().atMost(ReceivedMails.WAIT).until(() -> pharmacy.scalar(failedOnce) == 1);
        } finally {
            smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }

        MAILS.await(customer.email(), "We received your order");
        assertThat(pharmacy.scalar("SELECT attempts FROM mail_queue WHERE recipient_id = '" + customer.id()
                        + "' AND kind = 'ORDER_PLACED' AND sent_at IS NOT NULL"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_deleted_account_is_anonymised_while_its_orders_prescriptions_and_the_audit_chain_stay() throws Exception {
        Account customer = pharmacy.customer();
        String order = pharmacy.rxOrder(customer, category);
        Response uploaded = pharmacy.upload(customer.accessToken(), order, "script.pdf", "application/pdf", PDF);
        assertThat(uploaded.status()).isEqualTo(201);
        String prescription = uploaded.text("id");

        Response inFlight = pharmacy.send(
                "DELETE", "/api/v1/users/me", customer.accessToken(), Map.of("password", TestPharmacy.PASSWORD));
        assertThat(inFlight.status()).isEqualTo(409);
        assertThat(inFlight.code()).isEqualTo("order_in_flight");
        assertThat(pharmacy.post("/api/v1/orders/" + order + "/cancel", customer.accessToken(), null)
                        .status())
                .isEqualTo(200);
        pharmacy.addToCart(customer, stockedProduct("Hand cream"), 1);
        Response wrongPassword = pharmacy.send(
                "DELETE", "/api/v1/users/me", customer.accessToken(), Map.of("password", "not my password"));
        assertThat(wrongPassword.status()).isEqualTo(400);

        Response deleted = pharmacy.send(
                "DELETE", "/api/v1/users/me", customer.accessToken(), Map.of("password", TestPharmacy.PASSWORD));

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(pharmacy.get("/api/v1/users/me", customer.accessToken()).status())
                .isEqualTo(401);
        assertThat(pharmacy.post("/api/v1/auth/refresh", null, Map.of("refreshToken", customer.refreshToken()))
                        .status())
                .isEqualTo(401);
        assertThat(login(customer.email(), TestPharmacy.PASSWORD).status()).isEqualTo(401);
        assertThat(pharmacy.scalar("SELECT count(*) FROM users WHERE id = '" + customer.id()
                        + "' AND full_name = 'Deleted account' AND email LIKE 'deleted-%@deleted.invalid'"
                        + " AND deleted_at IS NOT NULL AND NOT active"))
                .isEqualTo(1);
        assertThat(pharmacy.scalar("SELECT count(*) FROM cart_lines WHERE user_id = '" + customer.id() + "'"))
                .isZero();

        String admin = pharmacy.admin().accessToken();
        Response kept = pharmacy.get("/api/v1/orders/" + order, admin);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(pharmacy.scalar("SELECT count(*) FROM orders WHERE id = '" + order + "' AND customer_id = '"
                        + customer.id() + "'"))
                .isEqualTo(1);
        assertThat(kept.body().path("shippingAddress").path("line1").asText()).isEqualTo("(removed)");
        assertThat(kept.body().path("shippingAddress").path("city").asText()).isEqualTo("(removed)");
        assertThat(pharmacy.get("/api/v1/prescriptions/" + prescription, admin).status())
                .isEqualTo(200);
        assertThat(pharmacy.get("/api/v1/admin/audit-log?action=account.deleted&target=" + customer.id(), admin)
                        .body()
                        .path("items"))
                .hasSize(1);
        Response chain = pharmacy.get("/api/v1/admin/audit-log/verify", admin);
        assertThat(chain.body().path("valid").asBoolean()).isTrue();

        // the address is free for a new account
        Response again = pharmacy.post(
                "/api/v1/auth/register",
                null,
                Map.of("email", customer.email(), "password", TestPharmacy.PASSWORD, "fullName", "Ada Again"));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("id")).isNotEqualTo(customer.id());
    }

    @Test
    void a_deletion_racing_a_checkout_of_the_same_customer_never_leaves_an_order_in_flight() throws Exception {
        String product = stockedProduct("Race");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                Account customer = pharmacy.customer();
                pharmacy.addToCart(customer, product, 1);
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                java.util.concurrent.Future<Response> checkout = pool.submit(() -> {
                    start.await();
                    return pharmacy.checkout(customer);
                });
                java.util.concurrent.Future<Response> deletion = pool.submit(() -> {
                    start.await();
                    return pharmacy.send(
                            "DELETE",
                            "/api/v1/users/me",
                            customer.accessToken(),
                            Map.of("password", TestPharmacy.PASSWORD));
                });
                start.countDown();
                int ordered = checkout.get().status();
                int deleted = deletion.get().status();

                // one of them won: an order with its account, or a deleted account with no order
                assertThat(ordered == 201 ^ deleted == 204)
                        .as("round %d: checkout %d, deletion %d", round, ordered, deleted)
                        .isTrue();
                long orders =
                        pharmacy.scalar("SELECT count(*) FROM orders WHERE customer_id = '" + customer.id() + "'");
                long gone = pharmacy.scalar(
                        "SELECT count(*) FROM users WHERE id = '" + customer.id() + "' AND deleted_at IS NOT NULL");
                assertThat(orders + gone).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_administrator_deletes_an_account_with_a_reason_but_never_an_administrator() {
        Account customer = pharmacy.customer();
        Account pharmacist = pharmacy.pharmacist(true);
        String admin = pharmacy.admin().accessToken();
        String adminId = pharmacy.get("/api/v1/users/me", admin).text("id");

        assertThat(pharmacy.send("DELETE", "/api/v1/users/" + customer.id(), admin, Map.of())
                        .code())
                .isEqualTo("validation_failed");
        assertThat(pharmacy.send(
                                "DELETE",
                                "/api/v1/users/" + customer.id(),
                                admin,
                                Map.of("reason", "patient asked by letter"))
                        .status())
                .isEqualTo(204);
        assertThat(pharmacy.send(
                                "DELETE",
                                "/api/v1/users/" + pharmacist.id(),
                                admin,
                                Map.of("reason", "left the pharmacy"))
                        .status())
                .isEqualTo(204);
        assertThat(pharmacy.send("DELETE", "/api/v1/users/" + customer.id(), admin, Map.of("reason", "again"))
                        .status())
                .isEqualTo(404);
        Response adminRefused = pharmacy.send("DELETE", "/api/v1/users/" + adminId, admin, Map.of("reason", "no"));
        assertThat(adminRefused.status()).isEqualTo(409);
        assertThat(adminRefused.code()).isEqualTo("account_not_deletable");
        assertThat(pharmacy.get("/api/v1/users/me", pharmacist.accessToken()).status())
                .isEqualTo(401);
    }

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private String stockedProduct(String name) {
        String product = pharmacy.product(
                category, name + " " + java.util.UUID.randomUUID().toString().substring(0, 6), 450, false);
        pharmacy.receive(product, "L-" + java.util.UUID.randomUUID().toString().substring(0, 8), 400, 10);
        return product;
    }

    private static Response login(String email, String password) {
        return pharmacy.post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
    }

    private static String token(MimeMessage mail) throws Exception {
        Matcher link = LINK_TOKEN.matcher(ReceivedMails.text(mail));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
