package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Download;
import io.apotheca.bootstrap.TestPharmacy.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Product pictures over HTTP on PostgreSQL: upload, list, fetch with ETag, limits and refusals. */
class ProductImagesApiIT {

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy();

    private static TestPharmacy pharmacy;
    private static String admin;
    private static String category;

    @BeforeAll
    static void start() {
        admin = pharmacy.admin().accessToken();
        category = pharmacy.category("images");
    }

    @Test
    void an_uploaded_picture_is_listed_on_the_product_and_served_with_an_etag_and_a_304() throws Exception {
        String product = pharmacy.product(category, "Sun cream SPF 50", 1299, false);
        byte[] jpeg = encode("jpg", 320, 200);

        Response uploaded = upload(product, admin, "front.jpg", "image/jpeg", jpeg);
        String url = uploaded.text("url");
        Download fetched = pharmacy.download(url, null);
        String etag = fetched.headers().firstValue("ETag").orElseThrow();
        Download again = pharmacy.download(url, null, "If-None-Match", etag);
        Response view = pharmacy.get("/api/v1/products/" + product, null);
        Response page = pharmacy.get("/api/v1/products?q=sun+cream", null);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.body().path("width").asInt()).isEqualTo(320);
        assertThat(uploaded.body().path("height").asInt()).isEqualTo(200);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo(jpeg);
        assertThat(fetched.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(etag).isEqualTo("\"" + sha256(jpeg) + "\"");
        assertThat(fetched.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(pharmacy.download(url, null, "If-None-Match", "\"other\"").status())
                .isEqualTo(200);
        assertThat(view.body().path("images").get(0).path("url").asText()).isEqualTo(url);
        assertThat(page.body()
                        .path("items")
                        .get(0)
                        .path("images")
                        .get(0)
                        .path("url")
                        .asText())
                .isEqualTo(url);
        assertThat(pharmacy.get("/api/v1/products/" + product + "/images", null)
                        .body()
                        .path("items")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void refuses_a_renamed_executable_an_oversized_file_a_decompression_bomb_and_non_administrators() {
        String product = pharmacy.product(category, "Plasters", 250, false);
        byte[] executable = Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, 4096);
        byte[] oversized = Arrays.copyOf(TestPharmacy.pngHeader(100, 100), 5 * 1024 * 1024 + 1);
        byte[] bomb = TestPharmacy.pngHeader(60_000, 60_000);
        String customer = pharmacy.customer().accessToken();

        Response renamed = upload(product, admin, "photo.png", "image/png", executable);
        Response tooLarge = upload(product, admin, "big.png", "image/png", oversized);
        Response bombed = upload(product, admin, "bomb.png", "image/png", bomb);
        Response byCustomer = upload(product, customer, "a.png", "image/png", TestPharmacy.pngHeader(10, 10));
        Response anonymous = upload(product, null, "a.png", "image/png", TestPharmacy.pngHeader(10, 10));

        assertThat(renamed.status()).isEqualTo(415);
        assertThat(renamed.code()).isEqualTo("unsupported_media_type");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(bombed.status()).isEqualTo(422);
        assertThat(bombed.code()).isEqualTo("image_dimensions_too_large");
        assertThat(byCustomer.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(pharmacy.scalar("SELECT count(*) FROM product_images WHERE product_id = '" + product + "'"))
                .isZero();
    }

    @Test
    void twelve_concurrent_uploads_leave_exactly_eight_pictures() throws Exception {
        String product = pharmacy.product(category, "Gallery", 500, false);
        List<Callable<Integer>> uploads = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            byte[] png = TestPharmacy.pngHeader(10 + i, 10);
            uploads.add(() -> upload(product, admin, "p.png", "image/png", png).status());
        }
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            for (Future<Integer> status : pool.invokeAll(uploads)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(8);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(4);
        assertThat(pharmacy.scalar(
                        "SELECT count(DISTINCT position) FROM product_images WHERE product_id = '" + product + "'"))
                .isEqualTo(8);
    }

    @Test
    void the_pictures_of_a_product_off_sale_are_for_staff_only_and_never_kept_by_shared_caches() {
        String product = pharmacy.product(category, "Withdrawn syrup", 900, false);
        String url = upload(product, admin, "a.png", "image/png", TestPharmacy.pngHeader(4, 4))
                .text("url");
        pharmacy.send("DELETE", "/api/v1/products/" + product, admin, null);

        Download byAdmin = pharmacy.download(url, admin);
        Download byCustomer = pharmacy.download(url, pharmacy.customer().accessToken());

        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.headers().firstValue("Cache-Control")).contains("private, no-store");
        assertThat(byCustomer.status()).isEqualTo(404);
    }

    @Test
    void an_administrator_reorders_and_deletes_pictures() {
        String product = pharmacy.product(category, "Vitamin C", 700, false);
        String first = upload(product, admin, "a.png", "image/png", TestPharmacy.pngHeader(1, 1))
                .text("id");
        String second = upload(product, admin, "b.png", "image/png", TestPharmacy.pngHeader(2, 2))
                .text("id");
        String customer = pharmacy.customer().accessToken();

        Response reordered = pharmacy.send(
                "PUT",
                "/api/v1/products/" + product + "/images/order",
                admin,
                Map.of("imageIds", List.of(second, first)));
        Response byCustomer = pharmacy.send(
                "PUT",
                "/api/v1/products/" + product + "/images/order",
                customer,
                Map.of("imageIds", List.of(first, second)));
        Response removedByCustomer =
                pharmacy.send("DELETE", "/api/v1/products/" + product + "/images/" + first, customer, null);
        Response removed = pharmacy.send("DELETE", "/api/v1/products/" + product + "/images/" + second, admin, null);

        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
        assertThat(reordered.body().path("items").findValuesAsText("id")).containsExactly(second, first);
        assertThat(byCustomer.status()).isEqualTo(403);
        assertThat(removedByCustomer.status()).isEqualTo(403);
        assertThat(removed.status()).isEqualTo(204);
        Response left = pharmacy.get("/api/v1/products/" + product, null);
        assertThat(left.body().path("images").findValuesAsText("id")).containsExactly(first);
        assertThat(left.body().path("images").get(0).path("position").asInt()).isZero();
        assertThat(pharmacy.download("/api/v1/products/" + product + "/images/" + second, null)
                        .status())
                .isEqualTo(404);
    }

    private static Response upload(String product, String token, String name, String type, byte[] content) {
        return pharmacy.uploadTo("/api/v1/products/" + product + "/images", token, Map.of(), name, type, content);
    }

    private static byte[] encode(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
