package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Accounts and sessions over HTTP, against PostgreSQL. */
class IdentityApiIT {

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy();

    private static TestPharmacy pharmacy;

    @Test
    void registration_answers_201_with_the_customer_and_never_the_password() {
        String email = TestPharmacy.uniqueEmail("new");

        Response response = pharmacy.post(
                "/api/v1/auth/register",
                null,
                Map.of(
                        "email",
                        email.toUpperCase(),
                        "password",
                        TestPharmacy.PASSWORD,
                        "fullName",
                        "Grace Hopper",
                        "extra",
                        1));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.text("email")).isEqualTo(email);
        assertThat(response.text("role")).isEqualTo("CUSTOMER");
        assertThat(response.text("fullName")).isEqualTo("Grace Hopper");
        assertThat(response.body().toString()).doesNotContain("password", "argon2");
    }

    @Test
    void a_taken_email_is_a_409_whatever_its_case() {
        Account existing = pharmacy.customer();

        Response again = pharmacy.post(
                "/api/v1/auth/register",
                null,
                Map.of(
                        "email",
                        existing.email().toUpperCase(),
                        "password",
                        TestPharmacy.PASSWORD,
                        "fullName",
                        "Copy Cat"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("email_taken");
    }

    @Test
    void invalid_fields_are_all_listed() {
        Response response = pharmacy.post(
                "/api/v1/auth/register", null, Map.of("email", "not-an-email", "password", "short", "fullName", " "));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("validation_failed");
        assertThat(response.body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("email", "password", "fullName");
    }

    @Test
    void control_characters_are_refused_as_invalid_never_a_500() {
        Response nulInName = pharmacy.post(
                "/api/v1/auth/register",
                null,
                Map.of(
                        "email",
                        TestPharmacy.uniqueEmail("nul"),
                        "password",
                        TestPharmacy.PASSWORD,
                        "fullName",
                        "a\u0000b"));
        Response nulInEmail = pharmacy.post(
                "/api/v1/auth/login",
                null,
                Map.of("email", "a\u0000b@apotheca.test", "password", TestPharmacy.PASSWORD));

        assertThat(nulInName.status()).isEqualTo(400);
        assertThat(nulInName.body().path("errors").findValuesAsText("field")).containsExactly("fullName");
        assertThat(nulInEmail.status()).isEqualTo(400);
    }

    @Test
    void a_password_equal_to_the_email_is_refused() {
        String email = TestPharmacy.uniqueEmail("lazy");

        Response response = pharmacy.post(
                "/api/v1/auth/register", null, Map.of("email", email, "password", email, "fullName", "Lazy"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").findValuesAsText("field")).containsExactly("password");
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_401() {
        Account account = pharmacy.customer();

        Response wrongPassword = pharmacy.post(
                "/api/v1/auth/login", null, Map.of("email", account.email(), "password", "not the password at all"));
        Response unknownEmail = pharmacy.post(
                "/api/v1/auth/login",
                null,
                Map.of("email", "nobody-" + account.email(), "password", "not the password at all"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
    }

    @Test
    void login_hands_out_a_bearer_pair_that_opens_the_profile() {
        Account account = pharmacy.customer();

        Response login = pharmacy.post(
                "/api/v1/auth/login", null, Map.of("email", account.email(), "password", TestPharmacy.PASSWORD));
        Response me = pharmacy.get("/api/v1/users/me", login.text("accessToken"));

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.text("tokenType")).isEqualTo("Bearer");
        assertThat(login.body().path("expiresIn").asInt()).isBetween(1, 900);
        assertThat(login.text("refreshToken")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("email")).isEqualTo(account.email());
    }

    @Test
    void a_tampered_token_and_an_alg_none_token_are_401() {
        Account account = pharmacy.customer();
        String[] parts = account.accessToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"CUSTOMER\"", "\"ADMIN\"");
        String tampered = parts[0] + "." + base64(payload) + "." + parts[2];
        String algNone = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64(payload) + ".";

        Response withTampered = pharmacy.get("/api/v1/users/me", tampered);
        Response withNone = pharmacy.get("/api/v1/users/me", algNone);
        Response withGarbage = pharmacy.get("/api/v1/users/me", "garbage");

        assertThat(withTampered.status()).isEqualTo(401);
        assertThat(withNone.status()).isEqualTo(401);
        assertThat(withGarbage.status()).isEqualTo(401);
        assertThat(withTampered.code()).isEqualTo("invalid_token");
    }

    @Test
    void refresh_rotates_and_the_old_refresh_token_stops_working() {
        Account account = pharmacy.customer();

        Response first = pharmacy.post("/api/v1/auth/refresh", null, Map.of("refreshToken", account.refreshToken()));
        Response second =
                pharmacy.post("/api/v1/auth/refresh", null, Map.of("refreshToken", first.text("refreshToken")));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text("refreshToken")).isNotEqualTo(account.refreshToken());
        assertThat(second.status()).isEqualTo(200);
    }

    @Test
    void presenting_a_spent_refresh_token_revokes_its_whole_family() {
        Account account = pharmacy.customer();
        Response rotated = pharmacy.post("/api/v1/auth/refresh", null, Map.of("refreshToken", account.refreshToken()));

        Response reuse = pharmacy.post("/api/v1/auth/refresh", null, Map.of("refreshToken", account.refreshToken()));
        Response childAfterReuse =
                pharmacy.post("/api/v1/auth/refresh", null, Map.of("refreshToken", rotated.text("refreshToken")));
        Response accessAfterReuse = pharmacy.get("/api/v1/users/me", rotated.text("accessToken"));

        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.code()).isEqualTo("invalid_token");
        assertThat(childAfterReuse.status())
                .as("the thief's fresh token dies with the family")
                .isEqualTo(401);
        assertThat(accessAfterReuse.status())
                .as("access tokens of the family end at once")
                .isEqualTo(401);
    }

    @Test
    void twenty_parallel_refreshes_of_one_token_let_exactly_one_through() throws Exception {
        Account account = pharmacy.customer();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> refreshes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                refreshes.add(() -> pharmacy.post(
                                "/api/v1/auth/refresh", null, Map.of("refreshToken", account.refreshToken()))
                        .status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(refreshes)) {
                statuses.add(status.get());
            }

            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 401).hasSize(19);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void logout_ends_the_session_and_its_refresh_token() {
        Account account = pharmacy.customer();

        Response logout = pharmacy.post(
                "/api/v1/auth/logout", account.accessToken(), Map.of("refreshToken", account.refreshToken()));
        Response me = pharmacy.get("/api/v1/users/me", account.accessToken());
        Response refresh = pharmacy.post("/api/v1/auth/refresh", null, Map.of("refreshToken", account.refreshToken()));

        assertThat(logout.status()).isEqualTo(204);
        assertThat(me.status()).isEqualTo(401);
        assertThat(refresh.status()).isEqualTo(401);
    }

    @Test
    void a_password_change_needs_the_current_one_and_ends_every_session() {
        Account account = pharmacy.customer();
        Account otherDevice = pharmacy.login(account.email());
        String newPassword = "an entirely new passphrase";

        Response withoutCurrent =
                pharmacy.patch("/api/v1/users/me", account.accessToken(), Map.of("newPassword", newPassword));
        Response withWrongCurrent = pharmacy.patch(
                "/api/v1/users/me",
                account.accessToken(),
                Map.of("currentPassword", "not my password at all", "newPassword", newPassword));
        Response changed = pharmacy.patch(
                "/api/v1/users/me",
                account.accessToken(),
                Map.of(
                        "currentPassword",
                        TestPharmacy.PASSWORD,
                        "newPassword",
                        newPassword,
                        "fullName",
                        "Ada Renamed"));

        assertThat(withoutCurrent.status()).isEqualTo(400);
        assertThat(withWrongCurrent.status()).isEqualTo(400);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.text("fullName")).isEqualTo("Ada Renamed");
        assertThat(pharmacy.get("/api/v1/users/me", account.accessToken()).status())
                .isEqualTo(401);
        assertThat(pharmacy.get("/api/v1/users/me", otherDevice.accessToken()).status())
                .isEqualTo(401);
        assertThat(pharmacy.post("/api/v1/auth/refresh", null, Map.of("refreshToken", otherDevice.refreshToken()))
                        .status())
                .isEqualTo(401);
        assertThat(pharmacy.post(
                                "/api/v1/auth/login",
                                null,
                                Map.of("email", account.email(), "password", TestPharmacy.PASSWORD))
                        .status())
                .isEqualTo(401);
        assertThat(pharmacy.post("/api/v1/auth/login", null, Map.of("email", account.email(), "password", newPassword))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void malformed_json_is_a_400_and_writes_nothing() {
        Response response = pharmacy.post("/api/v1/auth/register", null, "{\"email\": \"x@y.org\", ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("malformed_json");
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
