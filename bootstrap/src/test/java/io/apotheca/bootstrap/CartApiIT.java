package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The customer's cart over HTTP, against PostgreSQL. */
class CartApiIT {

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy();

    private static TestPharmacy pharmacy;
    private static String admin;
    private static String category;

    @BeforeAll
    static void start() {
        admin = pharmacy.admin().accessToken();
        category = pharmacy.post("/api/v1/categories", admin, Map.of("name", "Cart", "slug", "cart"))
                .text("id");
    }

    @Test
    void a_customer_fills_the_cart_and_sees_it_priced_from_the_catalog_now() {
        Account customer = pharmacy.customer();
        String paracetamol = product("Paracetamol", 499, false);
        String amoxicillin = product("Amoxicillin", 1299, true);

        pharmacy.send("PUT", "/api/v1/cart/items/" + paracetamol, customer.accessToken(), Map.of("quantity", 2));
        pharmacy.send("PUT", "/api/v1/cart/items/" + amoxicillin, customer.accessToken(), Map.of("quantity", 1));
        pharmacy.patch(
                "/api/v1/products/" + paracetamol, admin, Map.of("price", Map.of("amount", 550, "currency", "USD")));
        Response cart = pharmacy.get("/api/v1/cart", customer.accessToken());

        assertThat(cart.status()).isEqualTo(200);
        assertThat(cart.body().path("items").findValuesAsText("name")).containsExactly("Paracetamol", "Amoxicillin");
        assertThat(cart.body()
                        .path("items")
                        .get(0)
                        .path("unitPrice")
                        .path("amount")
                        .asLong())
                .isEqualTo(550);
        assertThat(cart.body()
                        .path("items")
                        .get(0)
                        .path("lineTotal")
                        .path("amount")
                        .asLong())
                .isEqualTo(1100);
        assertThat(cart.body().path("items").get(1).path("requiresPrescription").asBoolean())
                .isTrue();
        assertThat(cart.body().path("subtotal").path("amount").asLong()).isEqualTo(2399);
    }

    @Test
    void quantities_are_0_to_99_and_0_removes_the_line() {
        Account customer = pharmacy.customer();
        String product = product("Ibuprofen", 399, false);

        Response tooMany =
                pharmacy.send("PUT", "/api/v1/cart/items/" + product, customer.accessToken(), Map.of("quantity", 100));
        Response negative =
                pharmacy.send("PUT", "/api/v1/cart/items/" + product, customer.accessToken(), Map.of("quantity", -1));
        pharmacy.send("PUT", "/api/v1/cart/items/" + product, customer.accessToken(), Map.of("quantity", 3));
        Response removed =
                pharmacy.send("PUT", "/api/v1/cart/items/" + product, customer.accessToken(), Map.of("quantity", 0));

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(removed.body().path("items")).isEmpty();
    }

    @Test
    void an_unknown_or_inactive_product_is_404_and_a_deactivated_one_drops_out_of_the_cart() {
        Account customer = pharmacy.customer();
        String product = product("Cetirizine", 350, false);
        pharmacy.send("PUT", "/api/v1/cart/items/" + product, customer.accessToken(), Map.of("quantity", 1));

        pharmacy.send("DELETE", "/api/v1/products/" + product, admin, null);
        Response unknown = pharmacy.send(
                "PUT", "/api/v1/cart/items/" + UUID.randomUUID(), customer.accessToken(), Map.of("quantity", 1));
        Response inactive =
                pharmacy.send("PUT", "/api/v1/cart/items/" + product, customer.accessToken(), Map.of("quantity", 2));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(inactive.status()).isEqualTo(404);
        assertThat(pharmacy.get("/api/v1/cart", customer.accessToken()).body().path("items"))
                .isEmpty();
    }

    @Test
    void each_customer_has_a_cart_of_their_own_which_can_be_emptied() {
        Account one = pharmacy.customer();
        Account other = pharmacy.customer();
        String first = product("Vitamin C", 299, false);
        String second = product("Vitamin D", 399, false);
        pharmacy.send("PUT", "/api/v1/cart/items/" + first, one.accessToken(), Map.of("quantity", 1));
        pharmacy.send("PUT", "/api/v1/cart/items/" + second, one.accessToken(), Map.of("quantity", 1));

        Response othersCart = pharmacy.get("/api/v1/cart", other.accessToken());
        Response afterRemove = pharmacy.send("DELETE", "/api/v1/cart/items/" + first, one.accessToken(), null);
        Response emptied = pharmacy.send("DELETE", "/api/v1/cart", one.accessToken(), null);

        assertThat(othersCart.body().path("items")).isEmpty();
        assertThat(afterRemove.body().path("items").findValuesAsText("name")).containsExactly("Vitamin D");
        assertThat(emptied.body().path("items")).isEmpty();
        assertThat(emptied.body().path("subtotal").path("amount").asLong()).isZero();
    }

    private static String product(String name, long price, boolean rx) {
        return pharmacy.product(category, name, price, rx);
    }
}
