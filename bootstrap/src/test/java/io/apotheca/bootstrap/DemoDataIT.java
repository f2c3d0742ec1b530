package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apotheca.bootstrap.TestPharmacy.Download;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.bootstrap.demo.DemoData;
import io.apotheca.testsupport.PostgresExtension;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code APOTHECA_DEMO_DATA=true}: a browsable, shoppable demo pharmacy, loaded once. */
class DemoDataIT {

    @RegisterExtension
    static final PostgresExtension postgres = new PostgresExtension();

    @TempDir
    static Path dataDir;

    @Test
    void an_empty_database_gets_a_demo_pharmacy_once_and_its_demo_accounts_work() {
        long products;
        try (TestPharmacy pharmacy =
                TestPharmacy.start(postgres.database(), dataDir, Map.of("APOTHECA_DEMO_DATA", "true"))) {
            String admin = pharmacy.admin().accessToken();
            Response catalog = pharmacy.get("/api/v1/products?limit=100", null);
            JsonNode items = catalog.body().path("items");
            products = items.size();

            assertThat(products).isGreaterThanOrEqualTo(20);
            assertThat(pharmacy.download("/metrics", null).status())
                    .as("open without a token")
                    .isEqualTo(200);
            assertThat(items.findValuesAsText("requiresPrescription")).contains("true", "false");
            assertThat(items.findValuesAsText("schedule"))
                    .as("a controlled medicine among them")
                    .contains("CIV");
            String picture = items.findValues("images").stream()
                    .filter(images -> images.size() > 0)
                    .findFirst()
                    .orElseThrow()
                    .get(0)
                    .path("url")
                    .asText();
            Download image = pharmacy.download(picture, null);
            assertThat(image.status()).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
            assertThat(pharmacy.get("/api/v1/shipping-options", null)
                            .body()
                            .path("items")
                            .size())
                    .isEqualTo(2);
            assertThat(pharmacy.get("/api/v1/admin/tax-rates", admin)
                            .body()
                            .path("rates")
                            .path("STANDARD")
                            .asInt())
                    .isEqualTo(20);
            assertThat(pharmacy.scalar("SELECT count(*) FROM batches WHERE status = 'RECALLED'"))
                    .isEqualTo(1);
            assertThat(pharmacy.get("/api/v1/inventory/expiring?withinDays=30", admin)
                            .body()
                            .findValuesAsText("lotNumber"))
                    .contains("DEMO-IBU-200-SHORT");

            Response customer = pharmacy.post(
                    "/api/v1/auth/login",
                    null,
                    Map.of("email", DemoData.CUSTOMER_EMAIL, "password", DemoData.CUSTOMER_PASSWORD));
            Response pharmacist = pharmacy.post(
                    "/api/v1/auth/login",
                    null,
                    Map.of("email", DemoData.PHARMACIST_EMAIL, "password", DemoData.PHARMACIST_PASSWORD));
            assertThat(customer.status()).isEqualTo(200);
            assertThat(pharmacy.get("/api/v1/users/me", customer.text("accessToken"))
                            .body()
                            .path("emailVerified")
                            .asBoolean())
                    .isTrue();
            assertThat(pharmacist.status()).isEqualTo(200);
            assertThat(pharmacy.get("/api/v1/prescriptions", pharmacist.text("accessToken"))
                            .status())
                    .isEqualTo(200);

            prescriptionOrderAsInTheReadme(pharmacy, customer.text("accessToken"), pharmacist.text("accessToken"));
            refillFromTheFile(pharmacy, customer.text("accessToken"));
        }

        try (TestPharmacy again =
                TestPharmacy.start(postgres.database(), dataDir, Map.of("APOTHECA_DEMO_DATA", "true"))) {
            assertThat(again.scalar("SELECT count(*) FROM products")).isEqualTo(products);
            assertThat(again.scalar("SELECT count(*) FROM shipping_options")).isEqualTo(2);
        }
    }

    /** The demo customer's prescription on file: a refill in one call, and the order needs no upload. */
    private static void refillFromTheFile(TestPharmacy pharmacy, String customer) {
        Response onFile = pharmacy.get("/api/v1/prescriptions?status=APPROVED", customer);
        assertThat(onFile.body().path("items")).hasSize(1);
        JsonNode prescription = onFile.body().path("items").get(0);
        JsonNode items = prescription.path("transcription").path("items");
        assertThat(items).hasSize(2);
        assertThat(items.findValuesAsText("schedule")).contains("CIV");
        assertThat(items.get(0).path("fillsLeft").asInt()).isEqualTo(6);
        Response refilled = pharmacy.post(
                "/api/v1/prescriptions/" + prescription.path("id").asText() + "/items/"
                        + items.get(0).path("id").asText() + "/refill",
                customer,
                null);
        assertThat(refilled.status()).as(refilled.toString()).isEqualTo(200);
        String post = pharmacy.get("/api/v1/shipping-options", null)
                .body()
                .path("items")
                .get(0)
                .path("id")
                .asText();
        Response order = pharmacy.post(
                "/api/v1/orders",
                customer,
                Map.of(
                        "shippingAddress",
                        Map.of("line1", "1 Demo Street", "city", "Oslo", "postalCode", "0150", "country", "NO"),
                        "shippingOptionId",
                        post));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        assertThat(order.text("status")).isEqualTo("AWAITING_PAYMENT");
    }

    /** The README's walkthrough: browse, cart, checkout, upload, approve, pay on delivery, fulfil. */
    private static void prescriptionOrderAsInTheReadme(TestPharmacy pharmacy, String customer, String pharmacist) {
        String amoxicillin = pharmacy.get("/api/v1/products?q=amoxicillin", null)
                .body()
                .path("items")
                .get(0)
                .path("id")
                .asText();
        String post = pharmacy.get("/api/v1/shipping-options", null)
                .body()
                .path("items")
                .get(0)
                .path("id")
                .asText();
        assertThat(pharmacy.send("PUT", "/api/v1/cart/items/" + amoxicillin, customer, Map.of("quantity", 1))
                        .status())
                .isEqualTo(200);
        Response order = pharmacy.post(
                "/api/v1/orders",
                customer,
                Map.of(
                        "shippingAddress",
                        Map.of("line1", "1 Demo Street", "city", "Oslo", "postalCode", "0150", "country", "NO"),
                        "shippingOptionId",
                        post));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        assertThat(order.text("status")).isEqualTo("AWAITING_PRESCRIPTION");
        String id = order.text("id");
        Response uploaded =
                pharmacy.upload(customer, id, "prescription.pdf", "application/pdf", "%PDF-1.7\n%demo\n".getBytes());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String prescription = uploaded.text("id");
        assertThat(pharmacy.post("/api/v1/prescriptions/" + prescription + "/claim", pharmacist, null)
                        .status())
                .isEqualTo(200);
        assertThat(pharmacy.post("/api/v1/prescriptions/" + prescription + "/approve", pharmacist, Map.of())
                        .status())
                .isEqualTo(200);
        Response paid =
                pharmacy.post("/api/v1/orders/" + id + "/payment", customer, Map.of("method", "cash_on_delivery"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        Response fulfilled = pharmacy.post("/api/v1/orders/" + id + "/fulfil", pharmacist, null);
        assertThat(fulfilled.status()).as(fulfilled.toString()).isEqualTo(200);
        assertThat(fulfilled.text("status")).isEqualTo("FULFILLED");
        assertThat(fulfilled.body().path("total").path("amount").asLong()).isEqualTo(1250 + 495);
    }
}
