package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The catalog and lots of stock over HTTP, against PostgreSQL, with a 30-day minimum shelf life. */
class CatalogInventoryApiIT {

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy(Map.of("APOTHECA_MIN_SHELF_LIFE", "P30D"));

    private static TestPharmacy pharmacy;
    private static String admin;
    private static String category;

    @BeforeAll
    static void start() {
        admin = pharmacy.admin().accessToken();
        category = pharmacy.post("/api/v1/categories", admin, Map.of("name", "Pain relief", "slug", "pain-relief"))
                .text("id");
    }

    @Test
    void of_lots_expiring_in_400_200_and_10_days_only_the_first_two_count_as_available() {
        String product = createProduct(false);

        receive(product, "A-400", 400, 5);
        receive(product, "A-200", 200, 7);
        receive(product, "A-10", 10, 11);
        Response inventory = pharmacy.get("/api/v1/inventory/products/" + product, admin);
        Response publicView = pharmacy.get("/api/v1/products/" + product, null);

        assertThat(inventory.status()).isEqualTo(200);
        assertThat(inventory.body().path("onHand").asInt()).isEqualTo(23);
        assertThat(inventory.body().path("reserved").asInt()).isZero();
        assertThat(inventory.body().path("available").asInt()).isEqualTo(12);
        assertThat(inventory.body().path("batches").findValuesAsText("lotNumber"))
                .containsExactly("A-10", "A-200", "A-400");
        assertThat(publicView.body().path("available").asInt()).isEqualTo(12);
    }

    @Test
    void an_already_expired_lot_is_refused_with_422_and_a_duplicate_lot_with_409() {
        String product = createProduct(false);
        receive(product, "DUP-1", 100, 1);

        Response expired = pharmacy.post("/api/v1/inventory/batches", admin, receipt(product, "OLD-1", -1, 5));
        Response duplicate = pharmacy.post("/api/v1/inventory/batches", admin, receipt(product, "dup-1", 300, 5));

        assertThat(expired.status()).isEqualTo(422);
        assertThat(expired.code()).isEqualTo("lot_expired");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("lot_taken");
    }

    @Test
    void adjustments_need_a_reason_and_never_go_below_zero_and_a_refusal_changes_nothing() {
        String product = createProduct(false);
        String lot = receive(product, "ADJ-1", 100, 10).text("id");

        Response withoutReason =
                pharmacy.post("/api/v1/inventory/batches/" + lot + "/adjustments", admin, Map.of("delta", -2));
        Response belowZero = pharmacy.post(
                "/api/v1/inventory/batches/" + lot + "/adjustments",
                admin,
                Map.of("delta", -11, "reason", "stocktake"));
        Response broken = pharmacy.post(
                "/api/v1/inventory/batches/" + lot + "/adjustments",
                admin,
                Map.of("delta", -3, "reason", "broken packs"));
        Response audit = pharmacy.get("/api/v1/admin/audit-log?action=stock.adjusted&target=" + lot, admin);

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.body().path("errors").findValuesAsText("field"))
                .containsExactly("reason");
        assertThat(belowZero.status()).isEqualTo(409);
        assertThat(belowZero.code()).isEqualTo("below_zero");
        assertThat(broken.status()).isEqualTo(200);
        assertThat(broken.body().path("quantity").asInt())
                .as("only the allowed adjustment applied")
                .isEqualTo(7);
        assertThat(audit.body().path("items")).hasSize(1);
        assertThat(audit.body()
                        .path("items")
                        .get(0)
                        .path("details")
                        .path("before")
                        .asText())
                .isEqualTo("10");
        assertThat(audit.body()
                        .path("items")
                        .get(0)
                        .path("details")
                        .path("after")
                        .asText())
                .isEqualTo("7");
    }

    @Test
    void a_recall_stops_the_lot_counting_at_once_and_is_audited() {
        String product = createProduct(false);
        String lot = receive(product, "REC-1", 300, 8).text("id");
        receive(product, "REC-2", 300, 2);

        Response recalled = pharmacy.post(
                "/api/v1/inventory/batches/" + lot + "/recall", admin, Map.of("reason", "manufacturer recall"));
        Response again =
                pharmacy.post("/api/v1/inventory/batches/" + lot + "/recall", admin, Map.of("reason", "again"));

        assertThat(recalled.body().path("status").asText()).isEqualTo("RECALLED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(pharmacy.get("/api/v1/products/" + product, null)
                        .body()
                        .path("available")
                        .asInt())
                .isEqualTo(2);
        assertThat(pharmacy.get("/api/v1/admin/audit-log?action=batch.recalled&target=" + lot, admin)
                        .body()
                        .path("items"))
                .hasSize(1);
    }

    @Test
    void bad_products_are_refused_clearly_and_a_duplicate_sku_is_409() {
        String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);
        pharmacy.post("/api/v1/products", admin, product(sku, false));

        Response duplicate = pharmacy.post("/api/v1/products", admin, product(sku.toLowerCase(), false));
        Map<String, Object> zeroPrice =
                new HashMap<>(product("Z-" + UUID.randomUUID().toString().substring(0, 8), false));
        zeroPrice.put("price", Map.of("amount", 0, "currency", "USD"));
        Response free = pharmacy.post("/api/v1/products", admin, zeroPrice);
        Map<String, Object> nowhere =
                new HashMap<>(product("N-" + UUID.randomUUID().toString().substring(0, 8), false));
        nowhere.put("categoryId", UUID.randomUUID().toString());
        Response unknownCategory = pharmacy.post("/api/v1/products", admin, nowhere);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("sku_taken");
        assertThat(free.status()).isEqualTo(400);
        assertThat(free.body().path("errors").findValuesAsText("field")).containsExactly("price.amount");
        assertThat(unknownCategory.status()).isEqualTo(422);
        assertThat(unknownCategory.code()).isEqualTo("unknown_category");
    }

    @Test
    void a_controlled_medicine_carries_its_schedule_and_must_be_prescription_only() {
        Map<String, Object> tramadol =
                new HashMap<>(product("CIV-" + UUID.randomUUID().toString().substring(0, 8), true));
        tramadol.put("schedule", "CIV");
        Map<String, Object> overTheCounter =
                new HashMap<>(product("OTC-" + UUID.randomUUID().toString().substring(0, 8), false));
        overTheCounter.put("schedule", "CII");
        Map<String, Object> unknown =
                new HashMap<>(product("CI-" + UUID.randomUUID().toString().substring(0, 8), true));
        unknown.put("schedule", "CI");

        Response created = pharmacy.post("/api/v1/products", admin, tramadol);
        String id = created.text("id");
        Response shopperSees = pharmacy.get("/api/v1/products/" + id, null);
        Response notPrescriptionOnly =
                pharmacy.patch("/api/v1/products/" + id, admin, Map.of("requiresPrescription", false));
        Response cleared = pharmacy.patch("/api/v1/products/" + id, admin, Map.of("schedule", "NONE"));
        Response refusedOtc = pharmacy.post("/api/v1/products", admin, overTheCounter);
        Response refusedUnknown = pharmacy.post("/api/v1/products", admin, unknown);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("schedule")).isEqualTo("CIV");
        assertThat(shopperSees.text("schedule")).isEqualTo("CIV");
        assertThat(notPrescriptionOnly.status()).isEqualTo(400);
        assertThat(notPrescriptionOnly.body().path("errors").findValuesAsText("field"))
                .containsExactly("schedule");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.body().path("schedule").isNull()).isTrue();
        assertThat(refusedOtc.status()).isEqualTo(400);
        assertThat(refusedOtc.body().path("errors").findValuesAsText("field")).containsExactly("schedule");
        assertThat(refusedUnknown.status()).isEqualTo(400);
        assertThat(refusedUnknown.body().path("errors").findValuesAsText("field"))
                .containsExactly("schedule");
        assertThat(pharmacy.get("/api/v1/admin/audit-log?target=" + id, admin)
                        .body()
                        .path("items")
                        .findValuesAsText("action"))
                .contains("product.updated");
    }

    @Test
    void a_deactivated_product_is_gone_for_shoppers_but_readable_by_staff() {
        String product = createProduct(false);

        Response deleted = pharmacy.send("DELETE", "/api/v1/products/" + product, admin, null);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().path("active").asBoolean()).isFalse();
        assertThat(pharmacy.get("/api/v1/products/" + product, null).status()).isEqualTo(404);
        assertThat(pharmacy.get(
                                "/api/v1/products/" + product,
                                pharmacy.customer().accessToken())
                        .status())
                .isEqualTo(404);
        assertThat(pharmacy.get("/api/v1/products/" + product, admin).status()).isEqualTo(200);
    }

    @Test
    void only_admins_and_verified_pharmacists_read_stock() {
        String product = createProduct(true);

        assertThat(pharmacy.get(
                                "/api/v1/inventory/products/" + product,
                                pharmacy.pharmacist(true).accessToken())
                        .status())
                .isEqualTo(200);
        assertThat(pharmacy.get(
                                "/api/v1/inventory/products/" + product,
                                pharmacy.pharmacist(false).accessToken())
                        .status())
                .isEqualTo(403);
        assertThat(pharmacy.get(
                                "/api/v1/inventory/products/" + product,
                                pharmacy.customer().accessToken())
                        .status())
                .isEqualTo(403);
        assertThat(pharmacy.get("/api/v1/inventory/products/" + product, null).status())
                .isEqualTo(401);
    }

    static String createProduct(boolean prescriptionOnly) {
        Response created = pharmacy.post(
                "/api/v1/products",
                admin,
                product("P-" + UUID.randomUUID().toString().substring(0, 8), prescriptionOnly));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private static Map<String, Object> product(String sku, boolean prescriptionOnly) {
        return Map.of(
                "sku",
                sku,
                "name",
                "Paracetamol 500 mg",
                "description",
                "Pain and fever relief",
                "manufacturer",
                "Acme Pharma",
                "categoryId",
                category,
                "price",
                Map.of("amount", 499, "currency", "USD"),
                "requiresPrescription",
                prescriptionOnly,
                "reorderLevel",
                5,
                "active",
                true);
    }

    private static Response receive(String product, String lot, int expiresInDays, int quantity) {
        Response received =
                pharmacy.post("/api/v1/inventory/batches", admin, receipt(product, lot, expiresInDays, quantity));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return received;
    }

    private static Map<String, Object> receipt(String product, String lot, int expiresInDays, int quantity) {
        return Map.of(
                "productId", product,
                "lotNumber", lot,
                "expiryDate", LocalDate.now().plusDays(expiresInDays).toString(),
                "quantity", quantity);
    }
}
