package org.conflictledger.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.conflictledger.support.Api;
import org.conflictledger.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver) on the demo
 * scenario: it marks itself ready, shows every panel, shows the API's figures, follows the filter bar
 * and brushing in the URL (and back), opens a cease-fire's compliance, draws a strike's claims, loads
 * nothing from another origin and logs no console error. Screenshots at 1440×1000 and 390×844 go to
 * {@code target/dashboard-screenshots}. Skipped, saying so, where no Chromium is installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.security.api-keys=" + Api.KEYS, "ledger.db.schema=dashboard_browser"})
@ActiveProfiles("demo")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");
    private static final String[] PANELS = {"filters", "headline", "timeline", "ceasefires", "negotiations", "map",
            "compliance", "weapons", "strikes", "queue"};

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @BeforeAll
    static void startBrowser() {
        driver = HeadlessChromium.start(Path.of("target", "dashboard-downloads"));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private Api api() {
        return new Api(port);
    }

    @Test
    @Order(1)
    void defaultViewShowsEveryPanelWithTheApisFiguresAndNothingFromElsewhere() throws IOException {
        open("/dashboard");
        for (String panel : PANELS) {
            assertThat(driver.findElements(By.cssSelector("[data-panel='" + panel + "']"))).as(panel).hasSize(1);
        }
        WebElement strikes = figure("strikes");
        String from = strikes.getDomAttribute("data-from");
        String to = strikes.getDomAttribute("data-to");
        // the demo's newest strike starts on 10 May 2025 (Kyiv): 90 Kyiv days up to the end of that day
        assertThat(from).isEqualTo("2025-02-09T22:00:00Z");
        assertThat(to).isEqualTo("2025-05-10T21:00:00Z");
        String window = "from=" + encode(from) + "&to=" + encode(to);
        long total = api().get("/api/v1/strikes?size=1&" + window).json().get("total").asLong();
        assertThat(total).isGreaterThan(20);
        assertThat(strikes.getDomAttribute("data-value")).isEqualTo(String.valueOf(total));

        JsonNode stats = api().get("/api/v1/stats/strikes?bucket=day&tz=Europe/Kyiv&" + window).json();
        long launched = 0;
        for (JsonNode bucket : stats.get("buckets")) {
            if (!bucket.get("launched").isNull()) {
                launched += bucket.get("launched").get("best").asLong();
            }
        }
        assertThat(figure("launched").getDomAttribute("data-value")).isEqualTo(String.valueOf(launched));
        assertThat(driver.findElements(By.cssSelector("#strike-table tbody tr[data-strike]"))).hasSize(20);
        assertThat(driver.findElements(By.cssSelector("#ceasefire-lanes .cf-row"))).hasSize(4);
        assertThat(driver.findElements(By.cssSelector("#map path.leaflet-interactive"))).hasSizeGreaterThan(27);
        assertThat(text("queue")).contains("needs an API key");

        assertSameOriginOnly();
        assertNoConsoleErrors();
        screenshot("dashboard-1440x1000.png");
    }

    @Test
    @Order(2)
    void filterBarChangesTheUrlAndThePanelsAndBackReturns() {
        open("/dashboard");
        String before = figure("strikes").getDomAttribute("data-value");
        WebElement attacker = driver.findElement(By.cssSelector("#filter-form input[name=attacker]"));
        attacker.clear();
        attacker.sendKeys("UA", Keys.ENTER);
        waitForUrl("attacker=UA");
        waitReady();
        WebElement strikes = figure("strikes");
        long total = api().get("/api/v1/strikes?size=1&attacker=UA&from=" + encode(strikes.getDomAttribute("data-from"))
                + "&to=" + encode(strikes.getDomAttribute("data-to"))).json().get("total").asLong();
        assertThat(strikes.getDomAttribute("data-value")).isEqualTo(String.valueOf(total)).isNotEqualTo(before);
        assertThat(driver.findElements(By.cssSelector("#strike-table tbody tr[data-strike]"))).hasSize((int) total);

        new Select(driver.findElement(By.cssSelector("#filter-form select[name=region]"))).selectByValue("UA-63");
        driver.findElement(By.cssSelector("#filter-form button[type=submit]")).click();
        waitForUrl("region=UA-63");
        waitReady();
        long kharkiv = api().get("/api/v1/strikes?size=1&attacker=UA&regionCode=UA-63&from="
                + encode(figure("strikes").getDomAttribute("data-from")) + "&to="
                + encode(figure("strikes").getDomAttribute("data-to"))).json().get("total").asLong();
        assertThat(figure("strikes").getDomAttribute("data-value")).isEqualTo(String.valueOf(kharkiv));

        driver.navigate().back();
        waitReady();
        assertThat(driver.getCurrentUrl()).contains("attacker=UA").doesNotContain("region=");
        driver.navigate().back();
        waitReady();
        assertThat(driver.getCurrentUrl()).doesNotContain("attacker=");
        assertThat(figure("strikes").getDomAttribute("data-value")).isEqualTo(before);
        assertNoConsoleErrors();
    }

    @Test
    @Order(3)
    void brushingTheTimelineNarrowsEveryPanelsPeriod() {
        open("/dashboard?from=2025-03-01&to=2025-05-01&tz=UTC");
        String before = figure("strikes").getDomAttribute("data-value");
        WebElement chart = driver.findElement(By.id("timeline-chart"));
        int width = chart.getSize().getWidth();
        new Actions(driver).moveToElement(chart, -width / 4, 0).clickAndHold().moveByOffset(width / 5, 0)
                .moveByOffset(width / 10, 0).release().perform();
        waitForUrl("from=2025-03-");
        waitReady();
        String url = driver.getCurrentUrl();
        assertThat(url).doesNotContain("from=2025-03-01&to=2025-05-01");
        WebElement strikes = figure("strikes");
        long total = api().get("/api/v1/strikes?size=1&from=" + encode(strikes.getDomAttribute("data-from"))
                + "&to=" + encode(strikes.getDomAttribute("data-to"))).json().get("total").asLong();
        assertThat(strikes.getDomAttribute("data-value")).isEqualTo(String.valueOf(total));
        assertThat(Long.parseLong(strikes.getDomAttribute("data-value"))).isLessThan(Long.parseLong(before));
        assertThat(driver.findElement(By.cssSelector("#filter-form input[name=from]")).getDomProperty("value"))
                .isNotEqualTo("2025-03-01");
        assertNoConsoleErrors();
    }

    @Test
    @Order(4)
    void choosingACeasefireOpensItsComplianceAndAStrikeShowsItsClaims() {
        open("/dashboard");
        driver.findElements(By.cssSelector("#ceasefire-lanes .cf-name")).stream()
                .filter(b -> b.getText().equals("Energy infrastructure moratorium")).findFirst().orElseThrow().click();
        waitForUrl("ceasefire=");
        waitReady();
        assertThat(text("compliance")).contains("Energy infrastructure moratorium").contains("In force, per day")
                .doesNotContain("Choose a cease-fire");
        assertThat(driver.findElements(By.cssSelector("[data-panel=compliance] table tbody tr"))).hasSize(2);

        JsonNode kyiv = api().get("/api/v1/strikes?place=Kyiv").json().get("items").get(0);
        open("/dashboard?strike=" + kyiv.get("id").asLong());
        List<WebElement> marks = driver.findElements(By.cssSelector("#strike-detail circle.claim-mark"));
        int stated = 0;
        for (JsonNode claim : api().get("/api/v1/strikes/" + kyiv.get("id").asLong()).json().get("claims")) {
            for (String f : List.of("launched", "intercepted", "suppressed", "hit", "killed", "wounded")) {
                stated += claim.get(f).isNull() ? 0 : 1;
            }
        }
        assertThat(marks).hasSize(stated);
        assertThat(driver.findElements(By.cssSelector("#strike-detail rect.bracket")))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(text("strikes")).contains("Energy infrastructure moratorium");

        driver.findElement(By.cssSelector("#strike-table tbody tr[data-strike] button.claims")).click();
        waitForUrl("strike=");
        waitReady();
        assertThat(driver.findElements(By.cssSelector("#strike-detail h3"))).hasSize(1);
        assertNoConsoleErrors();
    }

    @Test
    @Order(5)
    void badParametersAreNamedAndTheDefaultsApply() {
        open("/dashboard?from=yesterday&bucket=year&tz=Mars/Olympus");
        String message = driver.findElement(By.id("filter-message")).getText();
        assertThat(message).contains("from").contains("bucket").contains("tz").contains("defaults apply");
        assertThat(figure("strikes").getDomAttribute("data-from")).isEqualTo("2025-02-09T22:00:00Z");
        assertNoConsoleErrors();
    }

    @Test
    @Order(6)
    void narrowScreenShowsEveryPanel() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/dashboard");
            for (String panel : PANELS) {
                WebElement element = driver.findElement(By.cssSelector("[data-panel='" + panel + "']"));
                assertThat(element.getSize().getWidth()).as(panel).isLessThanOrEqualTo(390).isGreaterThan(300);
            }
            long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(overflow).as("no horizontal scrolling").isLessThanOrEqualTo(0);
            screenshot("dashboard-390x844.png");
            assertNoConsoleErrors();
        } finally {
            driver.manage().window().setSize(new Dimension(1440, 1000));
        }
    }

    private void open(String path) {
        driver.get(base() + path);
        waitReady();
    }

    private void waitReady() {
        HeadlessChromium.waitReady(driver);
    }

    private void waitForUrl(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains(part));
    }

    private WebElement figure(String name) {
        return HeadlessChromium.figure(driver, name);
    }

    private String text(String panel) {
        return HeadlessChromium.text(driver, panel);
    }

    private void assertSameOriginOnly() {
        assertThat(HeadlessChromium.requests(driver)).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base() + "/"));
    }

    private void assertNoConsoleErrors() {
        HeadlessChromium.assertNoConsoleErrors(driver);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(SCREENSHOTS.resolve(name))).isGreaterThan(10_000);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
