package org.conflictledger.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.conflictledger.support.Api;
import org.conflictledger.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard of a service whose reads need a key ({@code ledger.security.open-reads=false}), in a
 * real headless Chromium on the demo scenario: the page asks for a key, keeps it in sessionStorage
 * (never in the address, a request URL, a cookie or localStorage), then loads every panel with the
 * API's figures; the review queue says a key is needed while there is none; the CSV and GeoJSON
 * exports arrive as files with the API's content (reads without the key header are refused, so a
 * file arrives only when the page sent it). Skipped, saying so, where no Chromium is installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.security.api-keys=" + Api.KEYS, "ledger.security.open-reads=false",
                "ledger.db.schema=dashboard_keys"})
@ActiveProfiles("demo")
class DashboardKeyBrowserIT {

    private static final Path DOWNLOADS = Path.of("target", "dashboard-key-downloads");
    private static final String STORAGE_KEY = "conflict-ledger.api-key";
    /** The console line Chromium writes for each read the service refuses without a key. */
    private static final String REFUSED = "status of 401";

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        if (Files.isDirectory(DOWNLOADS)) {
            try (Stream<Path> old = Files.walk(DOWNLOADS)) {
                old.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
        Files.createDirectories(DOWNLOADS);
        driver = HeadlessChromium.start(DOWNLOADS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void asksForAKeyKeepsItInTheTabAndLoadsThePanelsAndExportsWithIt() throws IOException {
        assertThat(new Api(port).anonymous().get("/api/v1/strikes?size=1").status()).as("reads need a key").isEqualTo(401);

        driver.get(base() + "/dashboard");
        HeadlessChromium.waitReady(driver);
        assertThat(keyFormShown()).as("the page asks for a key").isTrue();
        assertThat(driver.findElement(By.id("key-reason")).getText()).contains("needs an API key");
        assertThat(HeadlessChromium.text(driver, "queue")).contains("needs an API key");
        assertThat(driver.findElements(By.cssSelector("[data-figure='strikes'][data-value]"))).isEmpty();

        enterKey("not-a-key");
        assertThat(keyFormShown()).as("an unknown key is asked for again").isTrue();
        assertThat(driver.findElements(By.cssSelector("[data-figure='strikes'][data-value]"))).isEmpty();

        enterKey(Api.READER);
        assertThat(keyFormShown()).isFalse();
        assertLoadedWithTheApisFigures();
        assertThat(HeadlessChromium.text(driver, "queue")).doesNotContain("needs an API key")
                .contains("No candidates are waiting for review");
        assertKeyOnlyInSessionStorage();

        driver.navigate().refresh();
        HeadlessChromium.waitReady(driver);
        assertThat(keyFormShown()).as("the tab keeps its key across a reload").isFalse();
        assertLoadedWithTheApisFigures();

        WebElement strikes = HeadlessChromium.figure(driver, "strikes");
        String window = "from=" + encode(strikes.getDomAttribute("data-from")) + "&to="
                + encode(strikes.getDomAttribute("data-to"));
        driver.findElement(By.id("export-csv")).click();
        assertThat(downloaded("strikes.csv"))
                .isEqualTo(reader().get("/api/v1/strikes?format=csv&" + window).body())
                .contains("\n");
        driver.findElement(By.id("export-geojson")).click();
        assertThat(downloaded("strikes.geojson"))
                .isEqualTo(reader().get("/api/v1/strikes?format=geojson&" + window).body())
                .contains("FeatureCollection");
        assertKeyOnlyInSessionStorage();

        driver.findElement(By.id("key-button")).click();
        driver.findElement(By.id("key-clear")).click();
        HeadlessChromium.waitReady(driver);
        assertThat(storedKey()).isNull();
        assertThat(keyFormShown()).as("without its key the page asks again").isTrue();
        assertThat(HeadlessChromium.text(driver, "queue")).contains("needs an API key");
        assertThat(HeadlessChromium.requests(driver)).allSatisfy(url -> assertThat(url).startsWith(base() + "/"));
        HeadlessChromium.assertNoConsoleErrors(driver, REFUSED);
    }

    private static boolean keyFormShown() {
        return driver.findElement(By.id("key-form")).isDisplayed();
    }

    private void enterKey(String key) {
        WebElement input = driver.findElement(By.id("key-input"));
        input.clear();
        input.sendKeys(key);
        ((JavascriptExecutor) driver).executeScript("document.documentElement.removeAttribute('data-ready')");
        driver.findElement(By.cssSelector("#key-form button[type=submit]")).click();
        HeadlessChromium.waitReady(driver);
    }

    private void assertLoadedWithTheApisFigures() {
        WebElement strikes = HeadlessChromium.figure(driver, "strikes");
        String from = strikes.getDomAttribute("data-from");
        String to = strikes.getDomAttribute("data-to");
        assertThat(from).isEqualTo("2025-02-09T22:00:00Z");
        long total = reader().get("/api/v1/strikes?size=1&from=" + encode(from) + "&to=" + encode(to)).json()
                .get("total").asLong();
        assertThat(total).isGreaterThan(20);
        assertThat(strikes.getDomAttribute("data-value")).isEqualTo(String.valueOf(total));
        assertThat(driver.findElements(By.cssSelector("#strike-table tbody tr[data-strike]"))).hasSize(20);
        assertThat(driver.findElements(By.cssSelector("#ceasefire-lanes .cf-row"))).hasSize(4);
    }

    private void assertKeyOnlyInSessionStorage() {
        assertThat(storedKey()).isEqualTo(Api.READER);
        JavascriptExecutor js = driver;
        assertThat(driver.getCurrentUrl()).doesNotContain(Api.READER);
        assertThat(HeadlessChromium.requests(driver)).isNotEmpty().noneMatch(url -> url.contains(Api.READER));
        assertThat((String) js.executeScript("return document.cookie")).doesNotContain(Api.READER);
        assertThat((String) js.executeScript("return JSON.stringify(localStorage)")).doesNotContain(Api.READER);
    }

    private String storedKey() {
        return (String) driver.executeScript("return sessionStorage.getItem(arguments[0])", STORAGE_KEY);
    }

    /** The file's content once Chromium has finished writing it (then removed, so a second export is seen anew). */
    private static String downloaded(String name) throws IOException {
        Path file = DOWNLOADS.resolve(name);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.isRegularFile(file)
                && !Files.exists(DOWNLOADS.resolve(name + ".crdownload")));
        String content = Files.readString(file);
        Files.delete(file);
        return content;
    }

    private Api reader() {
        return new Api(port).as(Api.READER);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
