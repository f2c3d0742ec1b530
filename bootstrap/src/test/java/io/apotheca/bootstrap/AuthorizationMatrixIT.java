package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what: every endpoint against every kind of caller. A caller the endpoint does not
 * admit gets 401 (anonymous) or 403 (signed in, wrong role); a caller from whom the resource is
 * hidden (another customer's order) gets 404, exactly as if it did not exist. Every admitted caller
 * gets past authorization (neither 401 nor 403, nor 404 on an owned resource). {@link
 * Caller#CUSTOMER} is always the same customer, who owns the orders the owned rows use; {@link
 * Caller#OTHER_CUSTOMER} is another. Each kind of caller signs in once for the whole matrix, but for
 * the row that ends its session. Each later capability adds its endpoints to {@link
 * #endpoints()}.
 */
class AuthorizationMatrixIT {

    /** The kinds of caller. */
    enum Caller {
        ANONYMOUS,
        CUSTOMER,
        OTHER_CUSTOMER,
        UNVERIFIED_PHARMACIST,
        VERIFIED_PHARMACIST,
        ADMIN
    }

    private static final Set<Caller> ANYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    private static final Set<Caller> ADMIN_ONLY = EnumSet.of(Caller.ADMIN);
    private static final Set<Caller> CUSTOMERS = EnumSet.of(Caller.CUSTOMER, Caller.OTHER_CUSTOMER);
    private static final Set<Caller> STOCK_READERS = EnumSet.of(Caller.ADMIN, Caller.VERIFIED_PHARMACIST);

    @RegisterExtension
    // the owner's prescriptions pile up pending across the rows; the matrix is about who may, not how many
    static final RunningPharmacy running =
            new RunningPharmacy(java.util.Map.of("APOTHECA_RX_PENDING_PER_PATIENT", "1000"));

    private static TestPharmacy pharmacy;

    private static Account owner;
    private static String stocked;
    private static String prescriptionOnly;

    @BeforeAll
    static void start() {
        owner = pharmacy.customer();
        stocked = pharmacy.product(pharmacy.category("matrix-orders"), "Matrix stock", 100, false);
        pharmacy.receive(stocked, "M-1", 400, 10_000);
        prescriptionOnly = pharmacy.product(pharmacy.category("matrix-rx"), "Matrix RX", 100, true);
        pharmacy.receive(prescriptionOnly, "M-RX-1", 400, 10_000);
    }

    /**
     * One endpoint: how to call it (given the caller's fresh account, or null when anonymous), and
     * who it admits.
     */
    record Endpoint(String name, Function<Account, Response> call, Set<Caller> admitted, Set<Caller> hiddenFrom) {

        Endpoint(String name, Function<Account, Response> call, Set<Caller> admitted) {
            this(name, call, admitted, EnumSet.noneOf(Caller.class));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint(
                        "POST /auth/register",
                        a -> pharmacy.post(
                                "/api/v1/auth/register",
                                token(a),
                                Map.of(
                                        "email",
                                        TestPharmacy.uniqueEmail("m"),
                                        "password",
                                        TestPharmacy.PASSWORD,
                                        "fullName",
                                        "M")),
                        ANYONE),
                new Endpoint(
                        "POST /auth/login",
                        a -> pharmacy.post(
                                "/api/v1/auth/login",
                                token(a),
                                Map.of("email", pharmacy.customer().email(), "password", TestPharmacy.PASSWORD)),
                        ANYONE),
                new Endpoint(
                        "POST /auth/refresh",
                        a -> pharmacy.post(
                                "/api/v1/auth/refresh",
                                token(a),
                                Map.of("refreshToken", pharmacy.customer().refreshToken())),
                        ANYONE),
                new Endpoint(
                        "POST /auth/logout", a -> pharmacy.post("/api/v1/auth/logout", token(a), Map.of()), SIGNED_IN),
                new Endpoint(
                        "POST /auth/verify-email",
                        a -> pharmacy.post("/api/v1/auth/verify-email", token(a), Map.of("token", "x".repeat(43))),
                        ANYONE),
                new Endpoint(
                        "POST /auth/resend-verification",
                        a -> pharmacy.post("/api/v1/auth/resend-verification", token(a), null),
                        SIGNED_IN),
                new Endpoint(
                        "POST /auth/password-reset",
                        a -> pharmacy.post(
                                "/api/v1/auth/password-reset",
                                token(a),
                                Map.of("email", TestPharmacy.uniqueEmail("reset"))),
                        ANYONE),
                new Endpoint(
                        "POST /auth/password-reset/confirm",
                        a -> pharmacy.post(
                                "/api/v1/auth/password-reset/confirm",
                                token(a),
                                Map.of("token", "x".repeat(43), "newPassword", "a brand new passphrase")),
                        ANYONE),
                new Endpoint(
                        "DELETE /users/me",
                        a -> pharmacy.send(
                                // a wrong password: the shared customer must outlive this row
                                "DELETE", "/api/v1/users/me", token(a), Map.of("password", "not the password")),
                        SIGNED_IN),
                new Endpoint(
                        "DELETE /users/{id}",
                        a -> pharmacy.send(
                                "DELETE",
                                "/api/v1/users/" + pharmacy.customer().id(),
                                token(a),
                                Map.of("reason", "matrix")),
                        ADMIN_ONLY),
                new Endpoint("GET /users/me", a -> pharmacy.get("/api/v1/users/me", token(a)), SIGNED_IN),
                new Endpoint(
                        "PATCH /users/me",
                        a -> pharmacy.patch("/api/v1/users/me", token(a), Map.of("fullName", "Renamed")),
                        SIGNED_IN),
                new Endpoint(
                        "POST /pharmacists/register",
                        a -> pharmacy.post(
                                "/api/v1/pharmacists/register",
                                token(a),
                                Map.of(
                                        "email",
                                        TestPharmacy.uniqueEmail("p"),
                                        "password",
                                        TestPharmacy.PASSWORD,
                                        "fullName",
                                        "P",
                                        "licenseNumber",
                                        "M-" + System.nanoTime(),
                                        "licenseJurisdiction",
                                        "CA")),
                        ANYONE),
                new Endpoint(
                        "GET /pharmacists",
                        a -> pharmacy.get("/api/v1/pharmacists?licenseStatus=PENDING_VERIFICATION", token(a)),
                        ADMIN_ONLY),
                new Endpoint(
                        "PATCH /pharmacists/{id}/approve",
                        a -> pharmacy.patch("/api/v1/pharmacists/" + pendingPharmacist() + "/approve", token(a), null),
                        ADMIN_ONLY),
                new Endpoint(
                        "PATCH /pharmacists/{id}/reject",
                        a -> pharmacy.patch(
                                "/api/v1/pharmacists/" + pendingPharmacist() + "/reject",
                                token(a),
                                Map.of("reason", "r")),
                        ADMIN_ONLY),
                new Endpoint(
                        "PATCH /pharmacists/{id}/suspend",
                        a -> pharmacy.patch(
                                "/api/v1/pharmacists/" + pendingPharmacist() + "/suspend",
                                token(a),
                                Map.of("reason", "r")),
                        ADMIN_ONLY),
                new Endpoint(
                        "GET /admin/audit-log", a -> pharmacy.get("/api/v1/admin/audit-log", token(a)), ADMIN_ONLY),
                new Endpoint(
                        "GET /admin/audit-log/verify",
                        a -> pharmacy.get("/api/v1/admin/audit-log/verify", token(a)),
                        ADMIN_ONLY),
                new Endpoint("GET /categories", a -> pharmacy.get("/api/v1/categories", token(a)), ANYONE),
                new Endpoint("GET /cart", a -> pharmacy.get("/api/v1/cart", token(a)), CUSTOMERS),
                new Endpoint(
                        "POST /orders",
                        a -> pharmacy.post("/api/v1/orders", token(a), TestPharmacy.CHECKOUT),
                        CUSTOMERS),
                new Endpoint("GET /orders", a -> pharmacy.get("/api/v1/orders", token(a)), SIGNED_IN),
                new Endpoint(
                        "GET /orders/{id} (the customer's own)",
                        a -> pharmacy.get("/api/v1/orders/" + ownersOrder(), token(a)),
                        EnumSet.of(Caller.CUSTOMER, Caller.VERIFIED_PHARMACIST, Caller.ADMIN),
                        EnumSet.of(Caller.OTHER_CUSTOMER, Caller.UNVERIFIED_PHARMACIST)),
                new Endpoint(
                        "POST /orders/{id}/cancel (the customer's own)",
                        a -> pharmacy.post("/api/v1/orders/" + ownersOrder() + "/cancel", token(a), null),
                        EnumSet.of(Caller.CUSTOMER, Caller.ADMIN),
                        EnumSet.of(Caller.OTHER_CUSTOMER, Caller.UNVERIFIED_PHARMACIST)),
                new Endpoint(
                        "POST /orders/{id}/fulfil",
                        a -> pharmacy.post("/api/v1/orders/" + UUID.randomUUID() + "/fulfil", token(a), null),
                        STOCK_READERS),
                new Endpoint(
                        "POST /orders/{id}/ship",
                        a -> pharmacy.post("/api/v1/orders/" + UUID.randomUUID() + "/ship", token(a), null),
                        ADMIN_ONLY),
                new Endpoint(
                        "POST /orders/{id}/deliver",
                        a -> pharmacy.post("/api/v1/orders/" + UUID.randomUUID() + "/deliver", token(a), null),
                        ADMIN_ONLY),
                new Endpoint(
                        "POST /orders/{id}/payment (the customer's own)",
                        a -> pharmacy.post(
                                "/api/v1/orders/" + ownersOrder() + "/payment",
                                token(a),
                                Map.of("method", "cash_on_delivery")),
                        EnumSet.of(Caller.CUSTOMER),
                        EnumSet.of(Caller.OTHER_CUSTOMER)),
                new Endpoint(
                        "POST /orders/{id}/refunds",
                        a -> pharmacy.post(
                                "/api/v1/orders/" + ownersOrder() + "/refunds", token(a), Map.of("reason", "matrix")),
                        ADMIN_ONLY),
                new Endpoint(
                        "POST /webhooks/stripe (unsigned: refused by signature, never by role)",
                        a -> pharmacy.post("/webhooks/stripe", token(a), Map.of("id", "evt_matrix")),
                        ANYONE),
                new Endpoint(
                        "POST /prescriptions (for the customer's own order)",
                        a -> pharmacy.upload(token(a), ownersRxOrder(), "script.pdf", "application/pdf", PDF),
                        EnumSet.of(Caller.CUSTOMER),
                        EnumSet.of(Caller.OTHER_CUSTOMER)),
                new Endpoint(
                        "GET /prescriptions",
                        a -> pharmacy.get("/api/v1/prescriptions?status=PENDING_REVIEW", token(a)),
                        EnumSet.of(Caller.CUSTOMER, Caller.OTHER_CUSTOMER, Caller.VERIFIED_PHARMACIST)),
                new Endpoint(
                        "GET /prescriptions/{id} (the customer's own)",
                        a -> pharmacy.get("/api/v1/prescriptions/" + ownersPrescription(), token(a)),
                        EnumSet.of(Caller.CUSTOMER, Caller.VERIFIED_PHARMACIST, Caller.ADMIN),
                        EnumSet.of(Caller.OTHER_CUSTOMER, Caller.UNVERIFIED_PHARMACIST)),
                new Endpoint(
                        "GET /prescriptions/{id}/document (the customer's own)",
                        a -> document(token(a)),
                        EnumSet.of(Caller.CUSTOMER, Caller.VERIFIED_PHARMACIST, Caller.ADMIN),
                        EnumSet.of(Caller.OTHER_CUSTOMER, Caller.UNVERIFIED_PHARMACIST)),
                new Endpoint(
                        "GET /prescriptions/{id}/dispensing-history (the customer's own)",
                        a -> pharmacy.get(
                                "/api/v1/prescriptions/" + ownersPrescription() + "/dispensing-history", token(a)),
                        EnumSet.of(Caller.CUSTOMER, Caller.VERIFIED_PHARMACIST, Caller.ADMIN),
                        EnumSet.of(Caller.OTHER_CUSTOMER, Caller.UNVERIFIED_PHARMACIST)),
                new Endpoint(
                        "POST /prescriptions/{id}/items/{itemId}/refill (the customer's own, still pending)",
                        a -> pharmacy.post(
                                "/api/v1/prescriptions/" + ownersPrescription() + "/items/" + UUID.randomUUID()
                                        + "/refill",
                                token(a),
                                null),
                        EnumSet.of(Caller.CUSTOMER),
                        EnumSet.of(Caller.OTHER_CUSTOMER)),
                new Endpoint(
                        "POST /prescriptions/{id}/claim",
                        a -> pharmacy.post("/api/v1/prescriptions/" + ownersPrescription() + "/claim", token(a), null),
                        EnumSet.of(Caller.VERIFIED_PHARMACIST)),
                new Endpoint(
                        "POST /prescriptions/{id}/approve",
                        a -> pharmacy.post(
                                "/api/v1/prescriptions/" + ownersPrescription() + "/approve", token(a), Map.of()),
                        EnumSet.of(Caller.VERIFIED_PHARMACIST)),
                new Endpoint(
                        "POST /prescriptions/{id}/reject",
                        a -> pharmacy.post(
                                "/api/v1/prescriptions/" + ownersPrescription() + "/reject",
                                token(a),
                                Map.of("reason", "unreadable")),
                        EnumSet.of(Caller.VERIFIED_PHARMACIST)),
                new Endpoint(
                        "PUT /cart/items/{productId}",
                        a -> pharmacy.send("PUT", "/api/v1/cart/items/" + product(), token(a), Map.of("quantity", 1)),
                        CUSTOMERS),
                new Endpoint(
                        "DELETE /cart/items/{productId}",
                        a -> pharmacy.send("DELETE", "/api/v1/cart/items/" + product(), token(a), null),
                        CUSTOMERS),
                new Endpoint("DELETE /cart", a -> pharmacy.send("DELETE", "/api/v1/cart", token(a), null), CUSTOMERS),
                new Endpoint("GET /products", a -> pharmacy.get("/api/v1/products?q=matrix", token(a)), ANYONE),
                new Endpoint(
                        "GET /inventory/low-stock",
                        a -> pharmacy.get("/api/v1/inventory/low-stock", token(a)),
                        STOCK_READERS),
                new Endpoint(
                        "GET /inventory/expiring",
                        a -> pharmacy.get("/api/v1/inventory/expiring?withinDays=30", token(a)),
                        STOCK_READERS),
                new Endpoint(
                        "POST /categories",
                        a -> pharmacy.post(
                                "/api/v1/categories", token(a), Map.of("name", "M", "slug", "m-" + System.nanoTime())),
                        ADMIN_ONLY),
                new Endpoint(
                        "POST /products", a -> pharmacy.post("/api/v1/products", token(a), productBody()), ADMIN_ONLY),
                new Endpoint(
                        "POST /products/{id}/images",
                        a -> pharmacy.uploadTo(
                                "/api/v1/products/" + product() + "/images",
                                token(a),
                                Map.of(),
                                "p.png",
                                "image/png",
                                TestPharmacy.pngHeader(16, 16)),
                        ADMIN_ONLY),
                new Endpoint(
                        "GET /products/{id}/images",
                        a -> pharmacy.get("/api/v1/products/" + gallery().get("product") + "/images", token(a)),
                        ANYONE),
                new Endpoint(
                        "GET /products/{id}/images/{imageId} (If-None-Match)",
                        a -> {
                            String path = "/api/v1/products/" + gallery().get("product") + "/images/"
                                    + gallery().get("image");
                            String etag = gallery().get("etag");
                            return a == null
                                    ? pharmacy.sendWithHeaders("GET", path, null, "If-None-Match", etag)
                                    : pharmacy.sendWithHeaders(
                                            "GET",
                                            path,
                                            null,
                                            "If-None-Match",
                                            etag,
                                            "Authorization",
                                            "Bearer " + a.accessToken());
                        },
                        ANYONE),
                new Endpoint(
                        "PUT /products/{id}/images/order",
                        a -> pharmacy.send(
                                "PUT",
                                "/api/v1/products/" + gallery().get("product") + "/images/order",
                                token(a),
                                Map.of("imageIds", List.of(gallery().get("image")))),
                        ADMIN_ONLY),
                new Endpoint(
                        "DELETE /products/{id}/images/{imageId}",
                        a -> {
                            Map<String, String> fresh = newGallery();
                            return pharmacy.send(
                                    "DELETE",
                                    "/api/v1/products/" + fresh.get("product") + "/images/" + fresh.get("image"),
                                    token(a),
                                    null);
                        },
                        ADMIN_ONLY),
                new Endpoint(
                        "GET /admin/tax-rates", a -> pharmacy.get("/api/v1/admin/tax-rates", token(a)), ADMIN_ONLY),
                new Endpoint(
                        "PUT /admin/tax-rates",
                        a -> pharmacy.send("PUT", "/api/v1/admin/tax-rates", token(a), Map.of("rates", Map.of())),
                        ADMIN_ONLY),
                new Endpoint("GET /shipping-options", a -> pharmacy.get("/api/v1/shipping-options", token(a)), ANYONE),
                // the options stay inactive: an active one would make every checkout of the matrix choose it
                new Endpoint(
                        "POST /shipping-options",
                        a -> pharmacy.post("/api/v1/shipping-options", token(a), shippingOptionBody()),
                        ADMIN_ONLY),
                new Endpoint(
                        "PATCH /shipping-options/{id}",
                        a -> pharmacy.patch(
                                "/api/v1/shipping-options/" + shippingOption(), token(a), Map.of("name", "Renamed")),
                        ADMIN_ONLY),
                new Endpoint(
                        "GET /admin/purchase-limits",
                        a -> pharmacy.get("/api/v1/admin/purchase-limits", token(a)),
                        ADMIN_ONLY),
                new Endpoint(
                        "POST /admin/purchase-limits",
                        a -> pharmacy.post("/api/v1/admin/purchase-limits", token(a), limitGroupBody()),
                        ADMIN_ONLY),
                new Endpoint(
                        "GET /admin/purchase-limits/{id}",
                        a -> pharmacy.get("/api/v1/admin/purchase-limits/" + limitGroup(), token(a)),
                        ADMIN_ONLY),
                new Endpoint(
                        "PUT /admin/purchase-limits/{id}",
                        a -> pharmacy.send(
                                "PUT", "/api/v1/admin/purchase-limits/" + limitGroup(), token(a), limitGroupBody()),
                        ADMIN_ONLY),
                new Endpoint(
                        "DELETE /admin/purchase-limits/{id}",
                        a -> pharmacy.send("DELETE", "/api/v1/admin/purchase-limits/" + limitGroup(), token(a), null),
                        ADMIN_ONLY),
                new Endpoint(
                        "GET /admin/purchase-limits/per-order",
                        a -> pharmacy.get("/api/v1/admin/purchase-limits/per-order", token(a)),
                        ADMIN_ONLY),
                // a product of its own, so that the matrix's other checkouts are never limited
                new Endpoint(
                        "PUT /admin/purchase-limits/per-order/{productId}",
                        a -> pharmacy.send(
                                "PUT",
                                "/api/v1/admin/purchase-limits/per-order/" + product(),
                                token(a),
                                Map.of("maxUnits", 5)),
                        ADMIN_ONLY),
                new Endpoint(
                        "DELETE /admin/purchase-limits/per-order/{productId}",
                        a -> pharmacy.send(
                                "DELETE",
                                "/api/v1/admin/purchase-limits/per-order/" + limitedProduct(),
                                token(a),
                                null),
                        ADMIN_ONLY),
                new Endpoint("GET /cart/summary", a -> pharmacy.get("/api/v1/cart/summary", token(a)), CUSTOMERS),
                new Endpoint(
                        "GET /products/{id}", a -> pharmacy.get("/api/v1/products/" + product(), token(a)), ANYONE),
                new Endpoint(
                        "GET /products/{id}/codes",
                        a -> pharmacy.get("/api/v1/products/" + product() + "/codes", token(a)),
                        ANYONE),
                new Endpoint(
                        "PUT /products/{id}/codes",
                        a -> pharmacy.send(
                                "PUT",
                                "/api/v1/products/" + product() + "/codes",
                                token(a),
                                Map.of("codes", List.of())),
                        ADMIN_ONLY),
                new Endpoint(
                        "POST /admin/api-clients",
                        a -> pharmacy.post("/api/v1/admin/api-clients", token(a), Map.of("name", "Matrix EHR")),
                        ADMIN_ONLY),
                new Endpoint(
                        "GET /admin/api-clients", a -> pharmacy.get("/api/v1/admin/api-clients", token(a)), ADMIN_ONLY),
                new Endpoint(
                        "DELETE /admin/api-clients/{id}",
                        a -> pharmacy.send("DELETE", "/api/v1/admin/api-clients/" + UUID.randomUUID(), token(a), null),
                        ADMIN_ONLY),
                new Endpoint(
                        "POST /admin/webhook-endpoints",
                        a -> pharmacy.post(
                                "/api/v1/admin/webhook-endpoints",
                                token(a),
                                Map.of("url", "https://93.184.216.34/matrix", "eventTypes", List.of("order.placed"))),
                        ADMIN_ONLY),
                new Endpoint(
                        "GET /admin/webhook-endpoints",
                        a -> pharmacy.get("/api/v1/admin/webhook-endpoints", token(a)),
                        ADMIN_ONLY),
                new Endpoint(
                        "GET /admin/webhook-endpoints/{id}",
                        a -> pharmacy.get("/api/v1/admin/webhook-endpoints/" + UUID.randomUUID(), token(a)),
                        ADMIN_ONLY),
                new Endpoint(
                        "PATCH /admin/webhook-endpoints/{id}",
                        a -> pharmacy.patch(
                                "/api/v1/admin/webhook-endpoints/" + UUID.randomUUID(),
                                token(a),
                                Map.of("active", false)),
                        ADMIN_ONLY),
                new Endpoint(
                        "DELETE /admin/webhook-endpoints/{id}",
                        a -> pharmacy.send(
                                "DELETE", "/api/v1/admin/webhook-endpoints/" + UUID.randomUUID(), token(a), null),
                        ADMIN_ONLY),
                new Endpoint(
                        "POST /admin/webhook-endpoints/{id}/secret-rolls",
                        a -> pharmacy.post(
                                "/api/v1/admin/webhook-endpoints/" + UUID.randomUUID() + "/secret-rolls",
                                token(a),
                                null),
                        ADMIN_ONLY),
                new Endpoint(
                        "GET /admin/webhook-endpoints/{id}/deliveries",
                        a -> pharmacy.get(
                                "/api/v1/admin/webhook-endpoints/" + UUID.randomUUID() + "/deliveries", token(a)),
                        ADMIN_ONLY),
                new Endpoint(
                        "POST /admin/webhook-endpoints/{id}/deliveries/{deliveryId}/redeliver",
                        a -> pharmacy.post(
                                "/api/v1/admin/webhook-endpoints/" + UUID.randomUUID() + "/deliveries/1/redeliver",
                                token(a),
                                null),
                        ADMIN_ONLY),
                new Endpoint(
                        "GET /fhir/r4/Patient/{id}",
                        a -> pharmacy.get("/fhir/r4/Patient/" + owner.id(), token(a)),
                        EnumSet.of(Caller.CUSTOMER, Caller.VERIFIED_PHARMACIST, Caller.ADMIN),
                        EnumSet.of(Caller.OTHER_CUSTOMER)),
                new Endpoint(
                        "POST /fhir/r4/Bundle (prescribers' systems only)",
                        a -> a == null
                                ? pharmacy.sendAs("POST", "/fhir/r4/Bundle", "application/fhir+json", "{}")
                                : pharmacy.sendAs(
                                        "POST",
                                        "/fhir/r4/Bundle",
                                        "application/fhir+json",
                                        "{}",
                                        "Authorization",
                                        "Bearer " + a.accessToken()),
                        EnumSet.noneOf(Caller.class)),
                new Endpoint(
                        "PATCH /products/{id}",
                        a -> pharmacy.patch("/api/v1/products/" + product(), token(a), Map.of("reorderLevel", 3)),
                        ADMIN_ONLY),
                new Endpoint(
                        "DELETE /products/{id}",
                        a -> pharmacy.send("DELETE", "/api/v1/products/" + product(), token(a), null),
                        ADMIN_ONLY),
                new Endpoint(
                        "POST /inventory/batches",
                        a -> pharmacy.post(
                                "/api/v1/inventory/batches",
                                token(a),
                                Map.of(
                                        "productId",
                                        product(),
                                        "lotNumber",
                                        "L-" + System.nanoTime(),
                                        "expiryDate",
                                        "2030-01-01",
                                        "quantity",
                                        5)),
                        ADMIN_ONLY),
                new Endpoint(
                        "POST /inventory/batches/{id}/adjustments",
                        a -> pharmacy.post(
                                "/api/v1/inventory/batches/" + batch() + "/adjustments",
                                token(a),
                                Map.of("delta", 1, "reason", "found")),
                        ADMIN_ONLY),
                new Endpoint(
                        "POST /inventory/batches/{id}/recall",
                        a -> pharmacy.post(
                                "/api/v1/inventory/batches/" + batch() + "/recall", token(a), Map.of("reason", "r")),
                        ADMIN_ONLY),
                new Endpoint(
                        "GET /inventory/recalls",
                        a -> pharmacy.get("/api/v1/inventory/recalls", token(a)),
                        STOCK_READERS),
                new Endpoint(
                        "GET /inventory/recalls/{id}",
                        a -> pharmacy.get("/api/v1/inventory/recalls/" + recall(), token(a)),
                        STOCK_READERS),
                new Endpoint(
                        "GET /inventory/products/{id}",
                        a -> pharmacy.get("/api/v1/inventory/products/" + product(), token(a)),
                        STOCK_READERS));
    }

    private static String recall;

    /** A recall of a lot of its own, made once: a product no order of the matrix holds. */
    private static synchronized String recall() {
        if (recall == null) {
            recall = pharmacy.post(
                            "/api/v1/inventory/batches/" + batch() + "/recall",
                            pharmacy.admin().accessToken(),
                            Map.of("reason", "matrix"))
                    .body()
                    .path("recall")
                    .path("id")
                    .asText();
        }
        return recall;
    }

    private static String category;

    private static synchronized String category() {
        if (category == null) {
            category = pharmacy.post(
                            "/api/v1/categories",
                            pharmacy.admin().accessToken(),
                            Map.of("name", "Matrix", "slug", "matrix-" + System.nanoTime()))
                    .text("id");
        }
        return category;
    }

    private static Map<String, Object> productBody() {
        return Map.of(
                "sku",
                "MX-" + System.nanoTime(),
                "name",
                "Matrix product",
                "description",
                "",
                "manufacturer",
                "Acme",
                "categoryId",
                category(),
                "price",
                Map.of("amount", 100, "currency", "USD"),
                "requiresPrescription",
                false,
                "reorderLevel",
                1,
                "active",
                true);
    }

    /** A fresh order of the owner's, awaiting payment. */
    private static String ownersOrder() {
        return ownersOrderOf(stocked);
    }

    /** A fresh order of the owner's, awaiting its prescription. */
    private static String ownersRxOrder() {
        return ownersOrderOf(prescriptionOnly);
    }

    private static String ownersOrderOf(String product) {
        Account session = pharmacy.login(owner.email());
        pharmacy.send("DELETE", "/api/v1/cart", session.accessToken(), null);
        pharmacy.addToCart(session, product, 1);
        Response placed = pharmacy.checkout(session);
        if (placed.status() != 201) {
            throw new IllegalStateException("the owner's order was not placed: " + placed);
        }
        return placed.text("id");
    }

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** A fresh prescription of the owner's, pending review. */
    private static String ownersPrescription() {
        Response uploaded = pharmacy.upload(
                pharmacy.login(owner.email()).accessToken(), ownersRxOrder(), "script.pdf", "application/pdf", PDF);
        if (uploaded.status() != 201) {
            throw new IllegalStateException("the owner's prescription was not uploaded: " + uploaded);
        }
        return uploaded.text("id");
    }

    /** The owner's prescription document, its problem (if any) read as JSON. */
    private static Response document(String token) {
        TestPharmacy.Download download =
                pharmacy.download("/api/v1/prescriptions/" + ownersPrescription() + "/document", token);
        boolean problem =
                download.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        try {
            return new Response(
                    download.status(),
                    problem
                            ? new com.fasterxml.jackson.databind.ObjectMapper().readTree(download.body())
                            : com.fasterxml.jackson.databind.node.NullNode.getInstance(),
                    download.headers());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh product for each call, so that one row's deactivation spoils no other. */
    private static Map<String, String> gallery;

    /** A product with one picture, made once: its id, the picture's id and its ETag. */
    private static synchronized Map<String, String> gallery() {
        if (gallery == null) {
            gallery = newGallery();
        }
        return gallery;
    }

    private static Map<String, String> newGallery() {
        String product = product();
        Response image = pharmacy.uploadTo(
                "/api/v1/products/" + product + "/images",
                pharmacy.admin().accessToken(),
                Map.of(),
                "p.png",
                "image/png",
                TestPharmacy.pngHeader(16, 16));
        String etag = pharmacy.download(image.text("url"), null)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        return Map.of("product", product, "image", image.text("id"), "etag", etag);
    }

    private static Map<String, Object> shippingOptionBody() {
        return Map.of("name", "Matrix courier", "price", Map.of("amount", 500, "currency", "USD"), "active", false);
    }

    private static String shippingOption() {
        return pharmacy.post("/api/v1/shipping-options", pharmacy.admin().accessToken(), shippingOptionBody())
                .text("id");
    }

    /** A limit group of a product of its own, named uniquely. */
    private static Map<String, Object> limitGroupBody() {
        return Map.of(
                "name",
                "Matrix limit " + UUID.randomUUID(),
                "unit",
                "mg",
                "rules",
                List.of(Map.of("most", 1000, "window", "P1D")),
                "products",
                List.of(Map.of("productId", product(), "amountPerUnit", 10)));
    }

    private static String limitGroup() {
        return pharmacy.post("/api/v1/admin/purchase-limits", pharmacy.admin().accessToken(), limitGroupBody())
                .text("id");
    }

    /** A new product with a maximum per order. */
    private static String limitedProduct() {
        String limited = product();
        pharmacy.send(
                "PUT",
                "/api/v1/admin/purchase-limits/per-order/" + limited,
                pharmacy.admin().accessToken(),
                Map.of("maxUnits", 5));
        return limited;
    }

    private static String product() {
        return pharmacy.post("/api/v1/products", pharmacy.admin().accessToken(), productBody())
                .text("id");
    }

    private static String batch() {
        return pharmacy.post(
                        "/api/v1/inventory/batches",
                        pharmacy.admin().accessToken(),
                        Map.of(
                                "productId",
                                product(),
                                "lotNumber",
                                "B-" + System.nanoTime(),
                                "expiryDate",
                                "2030-01-01",
                                "quantity",
                                5))
                .text("id");
    }

    static Stream<Arguments> matrix() {
        return endpoints().stream()
                .flatMap(endpoint -> Stream.of(Caller.values()).map(caller -> Arguments.of(endpoint, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void each_endpoint_admits_exactly_its_callers(Endpoint endpoint, Caller caller) {
        Account account = endpoint.name().equals(ENDS_THE_SESSION) ? freshAccountOf(caller) : accountOf(caller);
        Response response = endpoint.call().apply(account);

        if (endpoint.admitted().contains(caller) && !endpoint.hiddenFrom().isEmpty()) {
            assertThat(response.status()).as(response.toString()).isNotIn(401, 403, 404);
        } else if (endpoint.admitted().contains(caller)) {
            assertThat(response.status()).as(response.toString()).isNotIn(401, 403);
        } else if (endpoint.hiddenFrom().contains(caller)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.code()).isEqualTo("not_found");
        } else if (caller == Caller.ANONYMOUS) {
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
        }
    }

    /**
     * The one row whose call ends the caller's session: it gets an account of its own, so that it
     * spoils no other row.
     */
    private static final String ENDS_THE_SESSION = "POST /auth/logout";

    /**
     * Each kind of caller signs in once for the whole matrix: every sign-up and sign-in costs an
     * Argon2id hash, deliberately slow, and the matrix is about who may call, not about signing in.
     */
    private static final Map<Caller, Account> SIGNED_IN_ONCE = new java.util.EnumMap<>(Caller.class);

    private static Account accountOf(Caller caller) {
        return caller == Caller.ANONYMOUS ? null : SIGNED_IN_ONCE.computeIfAbsent(caller, k -> freshAccountOf(k));
    }

    /** A fresh account of the kind. */
    private static Account freshAccountOf(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> null;
            case CUSTOMER -> pharmacy.login(owner.email());
            case OTHER_CUSTOMER -> pharmacy.customer();
            case UNVERIFIED_PHARMACIST -> pharmacy.pharmacist(false);
            case VERIFIED_PHARMACIST -> pharmacy.pharmacist(true);
            case ADMIN -> pharmacy.admin();
        };
    }

    private static String pendingPharmacist() {
        return pharmacy.post(
                        "/api/v1/pharmacists/register",
                        null,
                        Map.of(
                                "email",
                                TestPharmacy.uniqueEmail("target"),
                                "password",
                                TestPharmacy.PASSWORD,
                                "fullName",
                                "Target",
                                "licenseNumber",
                                "T-" + System.nanoTime(),
                                "licenseJurisdiction",
                                "CA"))
                .text("id");
    }

    private static String token(Account account) {
        return account == null ? null : account.accessToken();
    }
}
