package io.apotheca.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.apotheca.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The pharmacy a load run works on, created through the API as an administrator would: a catalog
 * of OTC products with one lot each, one hot product, one prescription-only product in two lots
 * (so that dispensing takes the earlier expiry first), customers, and a licence-verified
 * pharmacist. E-mail verification is marked in the database, as the tests' fixtures do.
 */
final class PharmacySeed {

    static final String ADMIN = "bench-admin@apotheca.test";
    static final String PASSWORD = "bench-Password-1";
    private static final String[] WORDS = {
        "ibuprofen", "paracetamol", "cetirizine", "loratadine", "omeprazole", "zinc", "vitamin", "magnesium",
        "saline", "bandage", "plaster", "lozenge", "syrup", "tablets", "capsules", "gel"
    };

    /** What was created: product ids and bearer tokens. */
    record Seeded(
            List<String> catalog, String hot, String prescriptionOnly, List<String> customers, String pharmacist) {

        static List<String> searchWords() {
            return List.of(WORDS);
        }
    }

    private final LoadClient api;
    private final TestDatabase db;
    private final String admin;

    private PharmacySeed(LoadClient api, TestDatabase db, String admin) {
        this.api = api;
        this.db = db;
        this.admin = admin;
    }

    static Seeded seed(LoadClient api, TestDatabase db, int catalogSize, int customers) throws Exception {
        String admin = login(api, ADMIN);
        return new PharmacySeed(api, db, admin).seed(catalogSize, customers);
    }

    private Seeded seed(int catalogSize, int customerCount) throws Exception {
        String category = api.post("/api/v1/categories", admin, Map.of("name", "Load", "slug", "load"))
                .expect(201, "category")
                .path("id")
                .asText();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> products = new ArrayList<>();
            for (int i = 0; i < catalogSize; i++) {
                int n = i;
                products.add(() -> product(
                        category,
                        "OTC-" + n,
                        WORDS[n % WORDS.length] + " " + WORDS[(n / 7) % WORDS.length],
                        false,
                        100_000));
            }
            List<String> catalog = all(pool, products);
            String hot = product(category, "HOT", "hot seller ibuprofen", false, 10_000_000);
            String rx = product(category, "RX", "amoxicillin capsules", true, 500_000);
            receive(rx, "RX-LATE", 700, 500_000);
            List<Callable<String>> accounts = new ArrayList<>();
            for (int i = 0; i < customerCount; i++) {
                int n = i;
                accounts.add(() -> customer(n));
            }
            List<String> customers = all(pool, accounts);
            return new Seeded(catalog, hot, rx, customers, pharmacist());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> all(ExecutorService pool, List<Callable<String>> work) throws Exception {
        List<String> done = new ArrayList<>();
        for (Future<String> one : pool.invokeAll(work)) {
            done.add(one.get());
        }
        return Collections.unmodifiableList(done);
    }

    private String product(String category, String sku, String name, boolean rx, int stock) {
        String id = api.post(
                        "/api/v1/products",
                        admin,
                        Map.of(
                                "sku",
                                sku,
                                "name",
                                name + " " + sku,
                                "description",
                                "",
                                "manufacturer",
                                "Load",
                                "categoryId",
                                category,
                                "price",
                                Map.of("amount", 500, "currency", "USD"),
                                "requiresPrescription",
                                rx,
                                "reorderLevel",
                                0))
                .expect(201, "product " + sku)
                .path("id")
                .asText();
        receive(id, "L-" + sku, 400, stock);
        return id;
    }

    private void receive(String product, String lot, int days, int quantity) {
        api.post(
                        "/api/v1/inventory/batches",
                        admin,
                        Map.of(
                                "productId", product,
                                "lotNumber", lot,
                                "expiryDate", LocalDate.now().plusDays(days).toString(),
                                "quantity", quantity))
                .expect(201, "lot " + lot);
    }

    private String customer(int n) throws SQLException {
        String email = "load-customer-" + n + "@apotheca.test";
        JsonNode registered = api.post(
                        "/api/v1/auth/register",
                        null,
                        Map.of("email", email, "password", PASSWORD, "fullName", "Load Customer " + n))
                .expect(201, "register " + email);
        markVerified(registered.path("id").asText());
        return login(api, email);
    }

    private String pharmacist() throws SQLException {
        String email = "load-pharmacist@apotheca.test";
        JsonNode registered = api.post(
                        "/api/v1/pharmacists/register",
                        null,
                        Map.of(
                                "email", email,
                                "password", PASSWORD,
                                "fullName", "Load Pharmacist",
                                "licenseNumber", "RPH-LOAD-1",
                                "licenseJurisdiction", "CA"))
                .expect(201, "pharmacist");
        String id = registered.path("id").asText();
        api.send("PATCH", "/api/v1/pharmacists/" + id + "/approve", admin, null).expect(200, "licence approval");
        markVerified(id);
        return login(api, email);
    }

    private void markVerified(String user) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                var update =
                        connection.prepareStatement("UPDATE users SET email_verified_at = now() WHERE id = ?::uuid")) {
            update.setString(1, user);
            update.executeUpdate();
        }
    }

    private static String login(LoadClient api, String email) {
        return api.post("/api/v1/auth/login", null, Map.of("email", email, "password", PASSWORD))
                .expect(200, "login " + email)
                .path("accessToken")
                .asText();
    }
}
