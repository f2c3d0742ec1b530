package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apotheca.bootstrap.TestPharmacy.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Browsing the catalog and the stock reports, over HTTP against PostgreSQL. */
class ProductSearchApiIT {

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy();

    private static TestPharmacy pharmacy;
    private static String admin;
    private static String medicines;
    private static String painRelief;

    @BeforeAll
    static void start() {
        admin = pharmacy.admin().accessToken();
        medicines = pharmacy.post("/api/v1/categories", admin, Map.of("name", "Medicines", "slug", "medicines"))
                .text("id");
        painRelief = pharmacy.post(
                        "/api/v1/categories",
                        admin,
                        Map.of("name", "Pain relief", "slug", "pain-relief", "parentId", medicines))
                .text("id");
    }

    @Test
    void twenty_three_matches_paged_five_at_a_time_come_once_each_even_with_inserts_between_pages() {
        String word = "zincword" + UUID.randomUUID().toString().substring(0, 6);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            expected.add(create("M" + (100 + i) + " " + word, "Acme", painRelief, 500, false));
        }
        create("Unrelated vitamin", "Acme", painRelief, 500, false);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = pharmacy.get(
                    "/api/v1/products?limit=5&q=" + word + (cursor == null ? "" : "&cursor=" + encode(cursor)), null);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.body().path("items").forEach(item -> seen.add(item.path("id").asText()));
            cursor = page.body().path("nextCursor").isNull() ? null : page.text("nextCursor");
            create("A" + pages + " " + word, "Acme", painRelief, 500, false); // sorts before the cursor
            create("Z" + pages + " " + word, "Acme", painRelief, 500, false); // sorts after it
            pages++;
        } while (cursor != null && pages < 50);

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(expected);
    }

    @Test
    void every_word_must_match_name_manufacturer_or_sku_in_any_case() {
        String brand = "Brand" + UUID.randomUUID().toString().substring(0, 6);
        String ibuprofen = create("Ibuprofen 200 mg", brand, painRelief, 399, false);
        create("Ibuprofen gel", "Other" + brand, painRelief, 599, false);

        List<String> both = ids(pharmacy.get("/api/v1/products?q=" + encode("IBUPROFEN " + brand.toLowerCase()), null));
        List<String> exactBrand = ids(pharmacy.get("/api/v1/products?q=ibuprofen&manufacturer=" + brand, null));

        assertThat(both).hasSize(2).contains(ibuprofen);
        assertThat(exactBrand).containsExactly(ibuprofen);
    }

    @Test
    void filters_by_category_with_subcategories_prescription_and_inclusive_prices() {
        String word = "filterword" + UUID.randomUUID().toString().substring(0, 6);
        String cheapOtc = create("Cheap " + word, "Acme", painRelief, 100, false);
        String rx = create("Rx " + word, "Acme", painRelief, 300, true);
        String other = pharmacy.post("/api/v1/categories", admin, Map.of("name", "Other", "slug", "other-" + word))
                .text("id");
        String elsewhere = create("Elsewhere " + word, "Acme", other, 200, false);

        assertThat(ids(pharmacy.get("/api/v1/products?q=" + word + "&category=" + medicines, null)))
                .containsExactlyInAnyOrder(cheapOtc, rx);
        assertThat(ids(pharmacy.get("/api/v1/products?q=" + word + "&requiresPrescription=true", null)))
                .containsExactly(rx);
        assertThat(ids(pharmacy.get("/api/v1/products?q=" + word + "&minPrice=200&maxPrice=300", null)))
                .containsExactlyInAnyOrder(rx, elsewhere);
        assertThat(ids(pharmacy.get("/api/v1/products?q=" + word + "&category=" + UUID.randomUUID(), null)))
                .isEmpty();
    }

    @Test
    void a_forged_foreign_or_garbage_cursor_and_a_limit_over_100_are_400() {
        String word = "cursorword" + UUID.randomUUID().toString().substring(0, 6);
        create("One " + word, "Acme", painRelief, 100, false);
        create("Two " + word, "Acme", painRelief, 100, false);
        String cursor = pharmacy.get("/api/v1/products?limit=1&q=" + word, null).text("nextCursor");
        String tampered = cursor.substring(0, cursor.length() - 2) + (cursor.endsWith("A") ? "BB" : "AA");

        Response forOtherQuery = pharmacy.get("/api/v1/products?limit=1&q=other&cursor=" + encode(cursor), null);
        Response withTampered =
                pharmacy.get("/api/v1/products?limit=1&q=" + word + "&cursor=" + encode(tampered), null);
        Response garbage = pharmacy.get("/api/v1/products?cursor=garbage", null);
        Response tooMany = pharmacy.get("/api/v1/products?limit=101", null);

        assertThat(pharmacy.get("/api/v1/products?limit=1&q=" + word + "&cursor=" + encode(cursor), null)
                        .status())
                .isEqualTo(200);
        assertThat(forOtherQuery.status()).isEqualTo(400);
        assertThat(forOtherQuery.code()).isEqualTo("invalid_cursor");
        assertThat(withTampered.status()).isEqualTo(400);
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body().path("errors").findValuesAsText("field")).containsExactly("limit");
    }

    @Test
    void a_deactivated_product_leaves_the_listing() {
        String word = "goneword" + UUID.randomUUID().toString().substring(0, 6);
        String product = create("Gone " + word, "Acme", painRelief, 100, false);

        pharmacy.send("DELETE", "/api/v1/products/" + product, admin, null);

        assertThat(ids(pharmacy.get("/api/v1/products?q=" + word, null))).isEmpty();
    }

    @Test
    void the_low_stock_and_expiring_reports_list_the_right_products_and_lots() {
        String low = create("Low " + UUID.randomUUID(), "Acme", painRelief, 100, false, 5);
        String plenty = create("Plenty " + UUID.randomUUID(), "Acme", painRelief, 100, false, 5);
        receive(low, "LOW-1", 300, 5);
        receive(low, "LOW-SHORT", 10, 50); // short-dated: on hand, but not available
        receive(plenty, "PLENTY-1", 300, 6);

        Response lowStock = pharmacy.get("/api/v1/inventory/low-stock", admin);
        Response expiring = pharmacy.get("/api/v1/inventory/expiring?withinDays=20", admin);
        Response badDays = pharmacy.get("/api/v1/inventory/expiring?withinDays=soon", admin);

        assertThat(lowStock.body().path("items").findValuesAsText("productId"))
                .contains(low)
                .doesNotContain(plenty);
        assertThat(expiring.body().path("items").findValuesAsText("lotNumber"))
                .contains("LOW-SHORT")
                .doesNotContain("LOW-1", "PLENTY-1");
        assertThat(badDays.status()).isEqualTo(400);
        assertThat(pharmacy.get(
                                "/api/v1/inventory/low-stock",
                                pharmacy.pharmacist(false).accessToken())
                        .status())
                .isEqualTo(403);
        assertThat(pharmacy.get(
                                "/api/v1/inventory/expiring?withinDays=5",
                                pharmacy.pharmacist(true).accessToken())
                        .status())
                .isEqualTo(200);
    }

    private static String create(String name, String manufacturer, String category, long price, boolean rx) {
        return create(name, manufacturer, category, price, rx, 0);
    }

    private static String create(
            String name, String manufacturer, String category, long price, boolean rx, int reorderLevel) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "sku", "S-" + UUID.randomUUID().toString().substring(0, 13),
                "name", name,
                "description", "",
                "manufacturer", manufacturer,
                "categoryId", category,
                "price", Map.of("amount", price, "currency", "USD"),
                "requiresPrescription", rx,
                "reorderLevel", reorderLevel));
        Response created = pharmacy.post("/api/v1/products", admin, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private static void receive(String product, String lot, int days, int quantity) {
        Response received = pharmacy.post(
                "/api/v1/inventory/batches",
                admin,
                Map.of(
                        "productId",
                        product,
                        "lotNumber",
                        lot,
                        "expiryDate",
                        LocalDate.now().plusDays(days).toString(),
                        "quantity",
                        quantity));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
    }

    private static List<String> ids(Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode item : page.body().path("items")) {
            ids.add(item.path("id").asText());
        }
        return ids;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void catalog_reads_carry_an_etag_and_a_client_holding_the_same_copy_is_answered_304_until_it_changes() {
        String name = "Etagged " + UUID.randomUUID().toString().substring(0, 8);
        String product = pharmacy.product(painRelief, name, 250, false);
        String path = "/api/v1/products/" + product;

        Response first = pharmacy.get(path, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        Response same = pharmacy.sendWithHeaders("GET", path, null, "If-None-Match", etag);
        pharmacy.receive(product, "ETAG-1", 300, 5);
        Response changed = pharmacy.sendWithHeaders("GET", path, null, "If-None-Match", etag);

        assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        assertThat(same.status()).isEqualTo(304);
        assertThat(same.headers().firstValue("ETag")).hasValue(etag);
        assertThat(changed.status()).as("its stock changed").isEqualTo(200);
        assertThat(changed.body().path("available").asInt()).isEqualTo(5);
        assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        String page = "/api/v1/products?q=" + name.replace(' ', '+');
        String pageTag = pharmacy.get(page, null).headers().firstValue("ETag").orElseThrow();
        assertThat(pharmacy.sendWithHeaders("GET", page, null, "If-None-Match", "W/" + pageTag)
                        .status())
                .isEqualTo(304);
        assertThat(pharmacy.sendWithHeaders("GET", page, null, "If-None-Match", "\"another\"")
                        .status())
                .isEqualTo(200);
    }
}
