package ogi.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A batch followed live in the dashboard. Real: the Kafka broker, the MongoDB stand-in and the four packaged
 * services as processes, headless Chromium. Input: a ZIP of 50 reports (the four samples, each copy with a line of
 * its own). The audit service is stopped while the ZIP goes in, so that the page opens on a batch that is not done,
 * and started again: the page follows the batch to its end over Server-Sent Events, without a reload.
 */
class BatchProgressIT extends StackIT {
    private static final int REPORTS = 50;
    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(180);
    private static final List<String> SAMPLES = List.of("dushanzi-urban-management-2021.txt",
            "unnamed-bureau-2023.txt", "weibin-urban-management-2022.txt", "wusu-urban-management-2023.txt");

    @Override
    protected String folder() {
        return "it-batch";
    }

    private static byte[] zipOfReports() throws Exception {
        Path root = projectRoot().resolve("samples/reports");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < REPORTS; i++) {
                String sample = SAMPLES.get(i % SAMPLES.size());
                zip.putNextEntry(new ZipEntry("县级年报/" + i + "-" + sample));
                zip.write((Files.readString(root.resolve(sample)) + "\n（批次 " + i + "）\n")
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static int count(org.openqa.selenium.WebDriver driver, String key) {
        String text = driver.findElement(By.cssSelector("[data-testid=batch-" + key + "]")).getText();
        return Integer.parseInt(text.substring(0, text.indexOf(' ')).trim());
    }

    @Test
    void aFiftyReportZipShowsLiveProgressToTheEnd() throws Exception {
        stack.stop("audit-service");
        JsonNode answer = api.postText(zipOfReports(), "application/zip", "county-reports.zip");
        String batchId = answer.get("batchId").asText();
        assertEquals(REPORTS, answer.get("batchSize").asInt(), answer.toString());
        assertEquals(REPORTS, answer.get("documents").size());

        var driver = Browser.start();
        try {
            var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            driver.get(stack.url("query-service") + "/");
            wait.until(d -> d.findElement(By.cssSelector("input[name=apiKey]"))).sendKeys(stack.readKey());
            driver.findElement(By.cssSelector("form[data-testid=login] button")).click();
            wait.until(d -> d.findElement(By.cssSelector("table[data-testid=reports]")));
            // the batch is there once its first raw event is stored
            Awaitility.await("batch " + batchId + " known to the query service").atMost(PIPELINE_TIMEOUT)
                    .pollInterval(Duration.ofMillis(200)).until(() -> api.getRaw("/batches/" + batchId).statusCode(),
                            status -> status == 200);
            driver.get(stack.url("query-service") + "/#/batch/" + batchId);
            var box = wait.until(d -> d.findElement(By.cssSelector("[data-testid=batch-progress]")));
            assertEquals("false", box.getDomAttribute("data-done"), "no report can be audited yet");
            assertEquals(0, count(driver, "audited"));
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.sameLoad = true;");
            screenshot(driver, "batch-waiting");

            stack.restart("audit-service");
            List<Integer> seen = new ArrayList<>();
            seen.add(0);
            var live = new WebDriverWait(driver, PIPELINE_TIMEOUT, Duration.ofMillis(100));
            live.until(d -> {
                int audited = count(d, "audited");
                if (audited != seen.get(seen.size() - 1)) {
                    seen.add(audited);
                }
                return "true".equals(d.findElement(By.cssSelector("[data-testid=batch-progress]"))
                        .getDomAttribute("data-done"));
            });
            assertEquals(Boolean.TRUE, ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return window.sameLoad === true;"), "followed live, not reloaded");
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i) > seen.get(i - 1), "progress never goes back: " + seen);
            }
            assertEquals(REPORTS, count(driver, "audited") + count(driver, "failed"), "every report finished");
            assertEquals(REPORTS, count(driver, "received"));
            assertTrue(driver.findElement(By.cssSelector("[data-testid=batch-state]")).getText().contains("done"));
            var bar = driver.findElement(By.cssSelector("[data-testid=batch-progress] progress"));
            assertEquals(String.valueOf(REPORTS), bar.getDomProperty("value"));
            var rows = wait.until(d -> {
                var r = d.findElements(By.cssSelector("table[data-testid=batch-documents] tr[data-id]"));
                return r.size() == REPORTS ? r : null;
            });
            assertTrue(rows.stream().allMatch(r -> r.getText().contains("已审核")), "every document audited");
            assertTrue(driver.findElement(By.cssSelector("table[data-testid=batch-rules]")).getText()
                    .contains("COMP-003"), "the findings summary names Weibin's empty table");
            screenshot(driver, "batch-done");
            System.out.println("batch progress seen in the page: " + seen);
        } finally {
            driver.quit();
        }
        var csv = api.getRaw("/batches/" + batchId + "/reports.csv");
        assertEquals(200, csv.statusCode());
        assertEquals(REPORTS + 1, csv.body().split("\r\n").length, "a header and a row per report");
    }

    private static void screenshot(org.openqa.selenium.chrome.ChromeDriver driver, String name) throws Exception {
        Files.write(projectRoot().resolve("local-stack/target/dashboard-" + name + ".png"),
                driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }
}
