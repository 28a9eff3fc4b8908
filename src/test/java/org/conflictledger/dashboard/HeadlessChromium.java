package org.conflictledger.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, as the dashboard's browser tests use it:
 * no host but 127.0.0.1 resolves (a request elsewhere fails and is seen), the console is recorded, and
 * downloads land in a given folder. Tests are skipped, saying why, where no Chromium is installed.
 */
final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of(System.getProperty("dashboard.chromium", "/usr/lib/chromium/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("dashboard.chromedriver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /** A browser at 1440×1000 saving downloads in {@code downloads}; skips the calling test class without Chromium. */
    static ChromeDriver start(Path downloads) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.out.println("Dashboard browser tests skipped: no Chromium at " + CHROMIUM + " or no chromedriver at "
                    + CHROMEDRIVER + " (apt-get install chromium chromium-driver; .ci/run does)");
        }
        Assumptions.assumeTrue(present, "no Chromium at " + CHROMIUM + " or chromedriver at " + CHROMEDRIVER
                + ": the browser tests of the dashboard are skipped (apt-get install chromium chromium-driver)");
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1440,1000", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--disable-background-networking", "--disable-component-update", "--no-first-run");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toAbsolutePath().toString()));
        return driver;
    }

    /** Waits until the page marks the current URL's render complete. */
    static void waitReady(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "true".equals(
                d.findElement(By.tagName("html")).getDomAttribute("data-ready")));
    }

    static WebElement figure(ChromeDriver driver, String name) {
        return driver.findElement(By.cssSelector("[data-figure='" + name + "']"));
    }

    static String text(ChromeDriver driver, String panel) {
        return driver.findElement(By.cssSelector("[data-panel='" + panel + "']")).getText();
    }

    /** The URLs of every resource the page loaded (scripts, styles, fetches). */
    @SuppressWarnings("unchecked")
    static List<String> requests(ChromeDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)");
    }

    static void assertNoConsoleErrors(ChromeDriver driver, String... expected) {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> List.of(expected).stream().noneMatch(e.getMessage()::contains)).toList();
        assertThat(errors).as("console errors").isEmpty();
    }
}
