package org.conflictledger.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Not a test (its name keeps it out of {@code ./mvnw verify}): the dashboard's speed against a running
 * service, run by {@code bench/dashboard.sh}. Opens {@code -Ddashboard.url} (default view) in headless
 * Chromium {@code -Ddashboard.runs} times in a fresh profile, and prints the render time (navigation
 * to {@code data-ready}), how many API requests the view made, and each request's p50/p95 over
 * {@code -Ddashboard.requests} sequential calls from Java. Figures only: it asserts nothing.
 */
class DashboardRenderBench {

    @Test
    void measure() throws Exception {
        String url = System.getProperty("dashboard.url");
        Assumptions.assumeTrue(url != null, "set -Ddashboard.url=http://127.0.0.1:PORT/dashboard");
        int runs = Integer.getInteger("dashboard.runs", 5);
        int calls = Integer.getInteger("dashboard.requests", 50);
        Path chromium = Path.of(System.getProperty("dashboard.chromium", "/usr/lib/chromium/chromium"));
        Path chromedriver = Path.of(System.getProperty("dashboard.chromedriver", "/usr/bin/chromedriver"));
        Assumptions.assumeTrue(Files.isExecutable(chromium) && Files.isExecutable(chromedriver), "no chromium");
        System.setProperty("SE_OFFLINE", "true");

        List<Long> renders = new ArrayList<>();
        List<String> requests = List.of();
        for (int run = 0; run < runs; run++) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toString());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1440,1000",
                    "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
            ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build(), options);
            try {
                driver.get(url);
                new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> "true".equals(
                        d.findElement(By.tagName("html")).getDomAttribute("data-ready")));
                renders.add(Long.parseLong(driver.findElement(By.tagName("html")).getDomAttribute("data-render-ms")));
                @SuppressWarnings("unchecked")
                List<String> seen = (List<String>) ((JavascriptExecutor) driver).executeScript(
                        "return performance.getEntriesByType('resource').map(e => e.name)"
                                + ".filter(n => n.includes('/api/'))");
                requests = seen;
            } finally {
                driver.quit();
            }
        }
        Collections.sort(renders);
        System.out.println("DASHBOARD render ms (navigation to data-ready), " + runs + " cold runs: median "
                + renders.get(renders.size() / 2) + ", max " + renders.get(renders.size() - 1) + ", all " + renders);
        System.out.println("DASHBOARD API requests of the default view: " + requests.size());
        HttpClient client = HttpClient.newHttpClient();
        for (String request : requests) {
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(request)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                micros.add((System.nanoTime() - start) / 1000);
                if (response.statusCode() != 200) {
                    System.out.println("DASHBOARD " + response.statusCode() + " " + request);
                }
            }
            Collections.sort(micros);
            System.out.printf("DASHBOARD p50 %6.1f ms  p95 %6.1f ms  %s%n", micros.get(micros.size() / 2) / 1000.0,
                    micros.get((int) Math.ceil(micros.size() * 0.95) - 1) / 1000.0,
                    request.substring(request.indexOf("/api/")));
        }
    }
}
