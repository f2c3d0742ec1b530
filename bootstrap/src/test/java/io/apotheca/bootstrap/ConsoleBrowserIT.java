package io.apotheca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.apotheca.bootstrap.TestPharmacy.Account;
import io.apotheca.bootstrap.TestPharmacy.Response;
import io.apotheca.domain.catalog.ProductCode;
import io.apotheca.fhir.SampleMessages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pharmacy console in a real browser: Debian's Chromium, headless, driven by ChromeDriver,
 * against the whole application on PostgreSQL. Screenshots of the main screens go to
 * {@code docs/console/}.
 */
class ConsoleBrowserIT {

    @RegisterExtension
    static final RunningPharmacy running = new RunningPharmacy();

    private static final Path SCREENSHOTS = Path.of("..", "docs", "console");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static TestPharmacy pharmacy;
    private static ChromeDriver browser;
    private static Path profile;
    private static String category;

    @BeforeAll
    static void openBrowser() throws IOException {
        assertThat(CHROMIUM)
                .as("Debian's chromium: the README's test command (scripts/test) installs it")
                .isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver").isExecutable();
        profile = Files.createTempDirectory("apotheca-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        category = pharmacy.category("console");
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    @AfterEach
    void signOutIfSignedIn() {
        List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .toList();
        assertThat(refused)
                .as("nothing the page does is refused by its own policy")
                .isEmpty();
        List<WebElement> signOut = browser.findElements(By.id("sign-out"));
        if (!signOut.isEmpty() && signOut.get(0).isDisplayed()) {
            signOut.get(0).click();
            waitFor(By.id("sign-in"));
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void a_pharmacist_claims_a_prescription_sees_its_scan_transcribes_and_approves_it_and_the_order_is_payable() {
        Account patient = pharmacy.customer();
        String product = medicine("Amoxicillin 500 mg");
        String order = order(patient, product);
        String prescription = upload(patient, order);
        Account pharmacist = pharmacy.pharmacist(true);

        signIn(pharmacist.email());
        WebElement review = waitFor(By.cssSelector("a[href='#/review/" + prescription + "']"));
        assertThat(text(By.cssSelector("main h1"))).isEqualTo("Review queue");
        screenshot("queue");
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("queue-390");
        browser.manage().window().setSize(new Dimension(1280, 900));
        review.click();

        WebElement scan = waitFor(By.cssSelector(".scan img"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> ((Number) js("return arguments[0].naturalWidth", scan)).intValue() > 0);
        assertThat(scan.getAttribute("src")).startsWith("blob:");
        click(By.xpath("//button[normalize-space()='Claim']"));
        assertThat(waitForText(By.id("notice"), "Claimed")).contains("Claimed for ten minutes");

        type(By.name("prescriberName"), "Dr Jane Brown");
        type(By.name("registrationNumber"), "MD-445566");
        js("arguments[0].value = arguments[1]", browser.findElement(By.name("writtenOn")), today());
        type(By.name("directions0"), "One capsule three times a day");
        js("window.scrollTo(0, 0)");
        screenshot("review");
        click(By.xpath("//button[normalize-space()='Approve with this transcription']"));

        assertThat(waitForText(By.id("notice"), "Approved")).contains("Approved with its transcription");
        assertThat(pharmacy.get("/api/v1/orders/" + order, patient.accessToken())
                        .text("status"))
                .isEqualTo("AWAITING_PAYMENT");
        Response approved = pharmacy.get("/api/v1/prescriptions/" + prescription, patient.accessToken());
        assertThat(approved.text("status")).isEqualTo("APPROVED");
        assertThat(approved.body()
                        .path("transcription")
                        .path("prescriber")
                        .path("name")
                        .asText())
                .isEqualTo("Dr Jane Brown");
        assertThat(severeConsoleEntries()).isEmpty();
    }

    @Test
    void an_electronic_prescription_is_shown_as_its_message_and_approved_as_sent() {
        Account patient = pharmacy.customer();
        String product = medicine("Lisinopril 10 mg");
        Response coded = pharmacy.send(
                "PUT",
                "/api/v1/products/" + product + "/codes",
                pharmacy.admin().accessToken(),
                Map.of("codes", List.of(Map.of("system", ProductCode.RXNORM, "code", "314076"))));
        assertThat(coded.status()).isEqualTo(200);
        Response client = pharmacy.post(
                "/api/v1/admin/api-clients", pharmacy.admin().accessToken(), Map.of("name", "Console EHR"));
        String token = pharmacy.sendAs(
                        "POST",
                        "/api/v1/auth/token",
                        "application/x-www-form-urlencoded",
                        "grant_type=client_credentials&client_id=" + client.text("id") + "&client_secret="
                                + client.text("clientSecret"))
                .text("access_token");
        Response sent = pharmacy.sendAs(
                "POST",
                "/fhir/r4/Bundle",
                "application/fhir+json",
                SampleMessages.json(SampleMessages.prescription(
                        "console-" + java.util.UUID.randomUUID(),
                        patient.id(),
                        patient.email(),
                        today(),
                        null,
                        List.of(new SampleMessages.Medicine(ProductCode.RXNORM, "314076", 30, 30, 1)))),
                "Authorization",
                "Bearer " + token);
        assertThat(sent.status()).as(sent.body().toString()).isEqualTo(200);
        JsonNode kept = pharmacy.get("/api/v1/prescriptions", patient.accessToken())
                .body()
                .path("items");
        assertThat(kept).hasSize(1);
        String prescription = kept.get(0).path("id").asText();

        signIn(pharmacy.pharmacist(true).email());
        waitFor(By.cssSelector("a[href='#/review/" + prescription + "']")).click();
        assertThat(waitForText(By.cssSelector(".scan pre.message"), "MedicationRequest"))
                .contains("\"resourceType\": \"Bundle\"");
        assertThat(text(By.id("sent-transcription")))
                .contains("Jane Brown")
                .contains("Lisinopril 10 mg")
                .contains("One tablet by mouth");
        screenshot("electronic-prescription");
        click(By.xpath("//button[normalize-space()='Approve as sent']"));

        assertThat(waitForText(By.id("notice"), "Approved")).contains("Approved as sent");
        Response approved = pharmacy.get("/api/v1/prescriptions/" + prescription, patient.accessToken());
        assertThat(approved.text("status")).isEqualTo("APPROVED");
        assertThat(approved.body()
                        .path("transcription")
                        .path("items")
                        .get(0)
                        .path("refillsAuthorised")
                        .asInt())
                .isEqualTo(1);
        assertThat(severeConsoleEntries()).isEmpty();
    }

    @Test
    void a_pdf_prescription_is_shown_inline_and_its_rejection_reaches_the_patient_with_its_reason() {
        Account patient = pharmacy.customer();
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Response uploaded = pharmacy.upload(
                patient.accessToken(),
                order(patient, medicine("Doxycycline 100 mg")),
                "script.pdf",
                "application/pdf",
                pdf);
        String prescription = uploaded.text("id");

        signIn(pharmacy.pharmacist(true).email());
        waitFor(By.cssSelector("a[href='#/review/" + prescription + "']")).click();
        assertThat(waitFor(By.cssSelector(".scan iframe")).getAttribute("src")).startsWith("blob:");
        type(By.name("reason"), "The prescription is not signed.");
        click(By.xpath("//button[normalize-space()='Reject']"));

        assertThat(waitForText(By.id("notice"), "Rejected")).contains("Rejected");
        Response rejected = pharmacy.get("/api/v1/prescriptions/" + prescription, patient.accessToken());
        assertThat(rejected.text("status")).isEqualTo("REJECTED");
        assertThat(rejected.text("rejectionReason")).isEqualTo("The prescription is not signed.");
    }

    @Test
    void an_administrator_verifies_a_licence_and_recalls_a_lot_and_sees_who_received_it() {
        Account waiting = pharmacy.pharmacist(false);
        Account patient = pharmacy.customer();
        String product = pharmacy.product(category, "Cetirizine 10 mg", 650, false);
        String lot = ("CET-" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase(java.util.Locale.ROOT);
        pharmacy.receive(product, lot, 300, 5);
        pharmacy.addToCart(patient, product, 2);
        String order = pharmacy.checkout(patient).text("id");
        pharmacy.post(
                "/api/v1/orders/" + order + "/payment", patient.accessToken(), Map.of("method", "cash_on_delivery"));
        String admin = pharmacy.admin().accessToken();
        assertThat(pharmacy.post("/api/v1/orders/" + order + "/fulfil", admin, null)
                        .text("status"))
                .isEqualTo("FULFILLED");

        signIn(TestPharmacy.ADMIN_EMAIL);
        waitFor(By.cssSelector("a[data-section='pharmacists']")).click();
        click(By.cssSelector("button[aria-label='Verify " + waiting.email() + "']"));
        assertThat(waitForText(By.id("notice"), "VERIFIED")).contains("VERIFIED");
        screenshot("pharmacists");
        assertThat(pharmacy.login(waiting.email()).accessToken()).isNotBlank();
        assertThat(pharmacy.get(
                                "/api/v1/prescriptions?status=PENDING_REVIEW",
                                pharmacy.login(waiting.email()).accessToken())
                        .status())
                .isEqualTo(200);

        browser.get(consoleUrl() + "#/stock/" + product);
        WebElement recall = waitFor(By.cssSelector("form[aria-label='Recall lot " + lot + "']"));
        recall.findElement(By.name("reason")).sendKeys("Contaminated at the plant");
        recall.findElement(By.cssSelector("button[type='submit']")).click();

        WebElement report = waitFor(By.cssSelector("#recall-report table"));
        assertThat(report.getText()).contains("Ada Customer", patient.email());
        assertThat(text(By.cssSelector("#recall-report p"))).contains("2 of 5 units were dispensed");
        js("arguments[0].scrollIntoView()", browser.findElement(By.id("recall-report")));
        screenshot("recall");
    }

    @Test
    void a_pharmacist_previews_the_lots_and_dispenses_a_confirmed_order_first_expiry_first_out() {
        Account patient = pharmacy.customer();
        String product = pharmacy.product(category, "Loratadine 10 mg", 450, false);
        String soon = ("LOR-S-" + UUID.randomUUID().toString().substring(0, 4)).toUpperCase(java.util.Locale.ROOT);
        String late = ("LOR-L-" + UUID.randomUUID().toString().substring(0, 4)).toUpperCase(java.util.Locale.ROOT);
        pharmacy.receive(product, late, 400, 5);
        pharmacy.receive(product, soon, 120, 1);
        pharmacy.addToCart(patient, product, 2);
        String order = pharmacy.checkout(patient).text("id");
        pharmacy.post(
                "/api/v1/orders/" + order + "/payment", patient.accessToken(), Map.of("method", "cash_on_delivery"));

        signIn(pharmacy.pharmacist(true).email());
        waitFor(By.cssSelector("a[data-section='dispense']")).click();
        String shortId = order.substring(0, 8);
        click(By.cssSelector("button[aria-label='Preview the lots for order " + shortId + "']"));
        assertThat(waitForText(By.id("dispensed"), "preview"))
                .contains("1 from " + soon)
                .contains("1 from " + late);
        click(By.cssSelector("button[aria-label='Dispense order " + shortId + "']"));

        assertThat(waitForText(By.id("notice"), "FULFILLED")).contains("FULFILLED");
        assertThat(waitForText(By.id("dispensed"), "Lots taken")).contains(soon).contains(late);
        screenshot("dispense");
        assertThat(pharmacy.get("/api/v1/orders/" + order, patient.accessToken())
                        .text("status"))
                .isEqualTo("FULFILLED");
    }

    @Test
    void an_administrator_checks_the_audit_chain_and_reads_the_stock_reports() {
        signIn(TestPharmacy.ADMIN_EMAIL);
        waitFor(By.cssSelector("a[data-section='audit']")).click();
        click(By.xpath("//button[normalize-space()='Verify the chain']"));
        assertThat(waitForText(By.id("chain"), "holds")).startsWith("The chain holds");
        assertThat(browser.findElements(By.cssSelector("main tbody tr"))).isNotEmpty();
        screenshot("audit");

        click(By.cssSelector("a[data-section='reports']"));
        assertThat(waitForText(By.cssSelector("main"), "Expiring within 90 days"))
                .contains("Low stock");
    }

    @Test
    void a_customer_is_refused_by_the_console_with_its_reason() {
        Account customer = pharmacy.customer();

        signIn(customer.email());

        assertThat(waitForText(By.id("problem"), "console"))
                .contains("This console is for pharmacists and administrators");
        assertThat(browser.findElement(By.id("sign-out")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#nav a"))).isEmpty();
        assertThat(storage()).isEqualTo("0/0");
    }

    @Test
    void a_keyboard_sign_in_survives_a_reload_in_this_tab_only_and_signing_out_ends_it() {
        Account pharmacist = pharmacy.pharmacist(true);
        browser.get(consoleUrl());
        waitFor(By.id("sign-in"));
        // with the keyboard alone: the e-mail field has the focus, Tab to the password, Enter signs in
        browser.switchTo().activeElement().sendKeys(pharmacist.email(), Keys.TAB);
        browser.switchTo().activeElement().sendKeys(TestPharmacy.PASSWORD, Keys.ENTER);
        waitFor(By.cssSelector("a[data-section='queue']"));
        assertThat(storage())
                .as("only the refresh token, in this tab's sessionStorage")
                .isEqualTo("0/1");

        browser.navigate().refresh();
        waitFor(By.cssSelector("a[data-section='queue']"));
        assertThat(text(By.id("who"))).contains("Paul Pharmacist");

        click(By.id("sign-out"));
        waitFor(By.id("sign-in"));
        assertThat(storage()).isEqualTo("0/0");
        browser.navigate().refresh();
        waitFor(By.id("sign-in"));
        assertThat(browser.findElements(By.cssSelector("#nav a"))).isEmpty();
    }

    @Test
    void the_console_is_served_under_a_strict_content_security_policy() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(consoleUrl())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy)
                .contains("script-src 'self'", "frame-ancestors 'none'", "default-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.body()).doesNotContain("<script>").doesNotContainPattern(" on[a-z]+=");
    }

    private static String consoleUrl() {
        return "http://127.0.0.1:" + pharmacy.app.port() + "/console";
    }

    private static void signIn(String email) {
        browser.get(consoleUrl());
        WebElement form = waitFor(By.id("sign-in"));
        form.findElement(By.name("email")).sendKeys(email);
        form.findElement(By.name("password")).sendKeys(TestPharmacy.PASSWORD);
        form.findElement(By.cssSelector("button[type='submit']")).click();
    }

    private static String medicine(String name) {
        String product = pharmacy.product(category, name, 1299, true);
        pharmacy.receive(product, "RX-" + UUID.randomUUID().toString().substring(0, 8), 400, 10);
        return product;
    }

    private static String order(Account patient, String product) {
        pharmacy.addToCart(patient, product, 1);
        return pharmacy.checkout(patient).text("id");
    }

    private static String upload(Account patient, String order) {
        Response uploaded = pharmacy.upload(patient.accessToken(), order, "script.png", "image/png", scan());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return uploaded.text("id");
    }

    /** A small prescription-like picture, a real PNG. */
    private static byte[] scan() {
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 400);
        g.setColor(Color.DARK_GRAY);
        g.drawString("Rx  Amoxicillin 500 mg  #21  one capsule tds", 40, 120);
        g.drawString("Dr Jane Brown  MD-445566", 40, 320);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "not shown: " + locator + "; the console shows: "
                            + browser.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    private static String waitForText(By locator, String part) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, part));
        return browser.findElement(locator).getText();
    }

    private static void click(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.elementToBeClickable(locator))
                .click();
    }

    /**
     * Types into a field until the field holds the text: a PDF viewer finishing its load beside it
     * may take the keyboard focus in the middle of the typing.
     */
    private static void type(By locator, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            WebElement input = waitFor(locator);
            input.clear();
            input.sendKeys(text);
            return text.equals(input.getAttribute("value"));
        });
    }

    private static String text(By locator) {
        return waitFor(locator).getText();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** How many entries localStorage and sessionStorage hold, as {@code local/session}. */
    private static String storage() {
        return js("return localStorage.length + '/' + sessionStorage.length").toString();
    }

    private static List<LogEntry> severeConsoleEntries() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }

    private static void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }
}
