package ogi.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ogi.contracts.Topics;

/**
 * End to end through all four services. Real: the Apache Kafka broker (KRaft, its own process), the MongoDB
 * stand-in (mongo-java-server with H2, its own process), the four packaged Quarkus services (their own processes),
 * HTTP. Nothing is mocked or in memory.
 */
class PipelineEndToEndIT extends StackIT {
    @Override
    protected String folder() {
        return "it-stack";
    }

    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(120);

    @Test
    void everySampleReportIsParsedAuditedAndServedWithItsAgencyAndYear() throws Exception {
        record Expected(String file, String agency, int year) {
        }
        List<Expected> samples = List.of(
                new Expected("dushanzi-urban-management-2021.txt", "独山子区城市管理局", 2021),
                new Expected("unnamed-bureau-2023.txt", null, 2023),
                new Expected("weibin-urban-management-2022.txt", "新乡市卫滨区城市管理局", 2022),
                new Expected("wusu-urban-management-2023.txt", "乌苏市城市管理局", 2023));
        List<String> ids = new ArrayList<>();
        for (Expected s : samples) {
            JsonNode answer = api.postText(Samples.bytes(s.file), "text/plain; charset=utf-8", s.file);
            ids.add(answer.get("documents").get(0).get("documentId").asText());
        }
        for (int i = 0; i < samples.size(); i++) {
            JsonNode report = api.awaitStatus(ids.get(i), "audited", PIPELINE_TIMEOUT);
            Expected s = samples.get(i);
            assertEquals(s.year, report.get("year").asInt(), s.file);
            if (s.agency == null) {
                assertTrue(report.get("agency").isNull(), s.file + " names no agency");
            } else {
                assertEquals(s.agency, report.get("agency").asText(), s.file);
            }
            assertEquals(25, report.at("/report/table2/rows").size(), s.file);
        }
        JsonNode weibin = api.report(ids.get(2));
        assertTrue(Api.ruleIds(weibin).contains("COMP-003"), "Weibin's empty Article 20 table is flagged");
        java.util.Map<String, JsonNode> results = new java.util.HashMap<>();
        weibin.at("/audit/ruleResults").forEach(r -> results.put(r.get("ruleId").asText(), r));
        assertEquals(23, results.size(), "a result for every rule");
        assertEquals("PASSED", results.get("PROSE-004").get("outcome").asText(),
                "no other agency's 2022 report shares a section with Weibin's");
        assertEquals("FAILED", results.get("COMP-003").get("outcome").asText());
        assertEquals("NOT_ASSESSABLE", results.get("YEAR-001").get("outcome").asText(), "no 2021 report of Weibin");
        assertEquals("previous-year", results.get("YEAR-001").at("/missing/0").asText());
        assertTrue(Api.ruleIds(api.report(ids.get(1))).contains("PROSE-001"),
                "the unnamed report's prose (2 applications) contradicts Table 2 (3)");
        assertFalse(Api.ruleIds(api.report(ids.get(0))).contains("COMP-003"), "Dushanzi's Article 20 table is full");
    }

    @Test
    void oneDocumentsWayThroughTheFourServicesIsOneTrace() throws Exception {
        byte[] wusu = Samples.text("wusu-urban-management-2023.txt").replace("乌苏市", "乌苏市（追踪）")
                .getBytes(StandardCharsets.UTF_8);
        JsonNode answer = api.postText(wusu, "text/plain; charset=utf-8", "wusu-traced.txt").get("documents").get(0);
        String traceId = answer.get("traceId").asText();
        assertTrue(traceId.matches("[0-9a-f]{32}"), "ingest answers with the trace id: " + answer);
        JsonNode report = api.awaitStatus(answer.get("documentId").asText(), "audited", PIPELINE_TIMEOUT);
        assertEquals(traceId, report.get("traceId").asText(),
                "the audited event reached the query service in the trace ingest started");

        java.util.Set<String> services = new java.util.TreeSet<>();
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.Set<String> stages = java.util.Set.of("parse document", "audit report", "store audit result");
        Awaitility.await("spans of the four services and the stages " + stages + " in trace " + traceId)
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    for (TraceCollector.SpanRecord span : stack.traces().spans(traceId)) {
                        services.add(span.service());
                        names.add(span.name());
                    }
                    assertEquals(java.util.Set.of("audit-service", "ingest-service", "parse-service",
                            "query-service"), services, "spans of every service in the trace: " + names);
                    assertTrue(names.containsAll(stages), "the stages' spans are there: " + names);
                });
    }

    @Test
    void aReviewersDismissalIsPublishedKeptAcrossAReAuditAndRaisesNoMoreAlerts() throws Exception {
        byte[] weibin = Samples.text("weibin-urban-management-2022.txt").replace("卫滨区", "卫滨区（复核）")
                .getBytes(StandardCharsets.UTF_8);
        String id = api.postText(weibin, "text/plain; charset=utf-8", "weibin-review.txt").get("documents").get(0)
                .get("documentId").asText();
        JsonNode report = api.awaitStatus(id, "audited", PIPELINE_TIMEOUT);
        String findingId = null;
        for (JsonNode f : report.at("/audit/findings")) {
            if (f.get("ruleId").asText().equals("COMP-003")) {
                findingId = f.get("findingId").asText();
            }
        }
        assertTrue(findingId != null, "the empty Article 20 table is flagged");
        String auditedAt = report.at("/audit/auditedAt").asText();

        var readerTries = api.postReview(stack.readKey(), findingId, "dismissed", "本年度确无相关事项");
        assertEquals(403, readerTries.statusCode(), "a read-only key cannot review");
        var answer = api.postReview(stack.writeKey(), findingId, "dismissed", "本年度确无相关事项");
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("DISMISSED", Api.json(answer.body()).get("decision").asText());
        assertEquals("local-admin", Api.json(answer.body()).get("reviewer").asText(), "who: the key's holder");

        java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> reviews =
                Topic.readAll(stack.bootstrap(), Topics.REVIEWS, r -> r.key().equals(id), 1, PIPELINE_TIMEOUT);
        assertTrue(reviews.get(0).value().contains(findingId), "the decision is on the reviews topic");

        // the audit service has the dismissal once it is in its store; then a re-audit of everything
        try (var mongo = com.mongodb.client.MongoClients.create("mongodb://127.0.0.1:" + stack.mongoPort())) {
            var dismissals = mongo.getDatabase("ogi").getCollection("audit_dismissals");
            String dismissed = findingId;
            Awaitility.await("the audit service storing the dismissal of " + dismissed).atMost(PIPELINE_TIMEOUT)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> dismissals.find(com.mongodb.client.model.Filters.eq("_id", dismissed)).first() != null);
        }
        var reaudit = api.postAudit("/audits/reaudit");
        assertEquals(200, reaudit.statusCode(), reaudit.body());
        Awaitility.await("the re-audit of " + id + " reaching the query service (auditedAt after " + auditedAt + ")")
                .atMost(PIPELINE_TIMEOUT).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> !api.report(id).at("/audit/auditedAt").asText().equals(auditedAt));
        JsonNode after = api.report(id);
        String dismissedId = findingId;
        JsonNode comp003 = null;
        for (JsonNode f : after.at("/audit/findings")) {
            if (f.get("findingId").asText().equals(dismissedId)) {
                comp003 = f;
            }
        }
        assertTrue(comp003 != null, "the re-audit finds the same finding");
        assertEquals("DISMISSED", comp003.at("/review/decision").asText(), "and the decision stays with it");
        assertEquals("本年度确无相关事项", comp003.at("/review/reason").asText());

        var alerts = Topic.readAll(stack.bootstrap(), Topics.ALERTS, r -> r.key().equals(id), 0,
                Duration.ofSeconds(5));
        long raisedForIt = alerts.stream().filter(r -> r.value().contains(dismissedId)).count();
        assertEquals(1, raisedForIt, "raised once before the dismissal, not again by the re-audit");
        for (JsonNode a : api.get("/alerts?limit=500")) {
            assertFalse(a.get("alertId").asText().equals(dismissedId), "the feed no longer shows it");
        }
    }

    @Test
    void aZipOfReportsIsIngestedFileByFileThenRolledUpByRegionAndExported() throws Exception {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip, Charset.forName("GBK"))) {
            out.putNextEntry(new java.util.zip.ZipEntry("2023/乌苏市交通运输局.txt"));
            out.write(Samples.text("wusu-urban-management-2023.txt").replace("乌苏市城市管理局", "乌苏市交通运输局")
                    .getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.zip.ZipEntry("../乌苏市水利局.txt"));
            out.write(Samples.bytes("wusu-urban-management-2023.txt"));
            out.closeEntry();
        }
        var answer = api.postRaw(zip.toByteArray(), "application/zip");
        assertEquals(202, answer.statusCode(), answer.body());
        JsonNode files = Api.json(answer.body()).get("documents");
        assertEquals(2, files.size(), answer.body());
        assertEquals("accepted", files.get(0).get("status").asText());
        assertEquals("unsafe-path", files.get(1).get("error").asText(), "a path out of the archive is refused");
        String id = files.get(0).get("documentId").asText();
        JsonNode report = api.awaitStatus(id, "audited", PIPELINE_TIMEOUT);
        assertEquals("新疆维吾尔自治区 / 塔城地区 / 乌苏市", report.at("/division/path").asText());

        JsonNode region = api.get("/regions/6542?year=2023");
        boolean listed = false;
        for (JsonNode a : region.get("agencies")) {
            listed |= a.get("agency").asText().equals("乌苏市交通运输局");
        }
        assertTrue(listed, "the agency is in 塔城地区's 2023 ranking: " + region.get("agencies"));
        assertTrue(region.get("reports").asInt() >= 1);

        var xlsx = api.getBytes("/export/regions/6542/2023.xlsx");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.body().length > 1000 && xlsx.body()[0] == 'P' && xlsx.body()[1] == 'K', "an XLSX (zip) file");
        var pdf = api.getBytes("/reports/" + id + "/audit.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void postingTheSameBytesAgainGivesTheSameIdAndNoDuplicate() throws Exception {
        byte[] weibin = Samples.bytes("weibin-urban-management-2022.txt");
        JsonNode first = api.postText(weibin, "text/plain; charset=utf-8", "weibin.txt").get("documents").get(0);
        String id = first.get("documentId").asText();
        api.awaitStatus(id, "audited", PIPELINE_TIMEOUT);

        JsonNode again = api.postMultipart(weibin, "weibin-again.txt").get("documents").get(0);
        assertEquals(id, again.get("documentId").asText());
        assertEquals("duplicate", again.get("status").asText());

        JsonNode list = api.get("/reports?agency=" + java.net.URLEncoder.encode("卫滨区", StandardCharsets.UTF_8));
        assertEquals(1, list.get("items").size(), "one report for the Weibin bytes, however often posted");
    }

    @Test
    void garbageEndsFailedWithAReasonAndThePipelineKeepsGoing() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        String garbageId = api.postText(garbage, "text/plain", "garbage.txt").get("documents").get(0)
                .get("documentId").asText();
        JsonNode failed = api.awaitStatus(garbageId, "failed", PIPELINE_TIMEOUT);
        assertFalse(failed.at("/failure/reason").asText().isBlank(), "the failure says why");

        // The same report re-encoded in GB18030 is new bytes, so a new document, read as the UTF-8 one.
        byte[] gb = Samples.text("dushanzi-urban-management-2021.txt").getBytes(Charset.forName("GB18030"));
        String nextId = api.postText(gb, "text/plain", "dushanzi-gb18030.txt").get("documents").get(0)
                .get("documentId").asText();
        JsonNode next = api.awaitStatus(nextId, "audited", PIPELINE_TIMEOUT);
        assertEquals("独山子区城市管理局", next.get("agency").asText());
        assertEquals(146, next.at("/report/table1/rows/2/cells/decisions/value").asInt());
    }

    @Test
    void aTenMegabyteDocumentTravelsAndOneByteMoreIsRefused() throws Exception {
        byte[] report = Samples.bytes("wusu-urban-management-2023.txt");
        byte[] big = padded(report, 10 * 1024 * 1024);
        String id = api.postText(big, "text/plain; charset=utf-8", "wusu-10mb.txt").get("documents").get(0)
                .get("documentId").asText();
        JsonNode audited = api.awaitStatus(id, "audited", Duration.ofSeconds(240));
        assertEquals("乌苏市城市管理局", audited.get("agency").asText());
        assertEquals(10 * 1024 * 1024, audited.get("sizeBytes").asLong());

        var tooBig = api.postRaw(padded(report, 10 * 1024 * 1024 + 1), "text/plain; charset=utf-8");
        assertEquals(413, tooBig.statusCode());
        assertEquals("document-too-large", Api.json(tooBig.body()).get("error").asText());
    }

    /**
     * The dashboard in a real browser (headless Chromium): the reports and their statuses after they flowed
     * through, a report page with the tables and the cells its findings point at, and the live alert feed taking a
     * new alert from the SSE stream. A screenshot is kept as target/dashboard-*.png.
     */
    @Test
    void theDashboardShowsReportsFindingsAndLiveAlertsInABrowser() throws Exception {
        String weibin = api.postText(Samples.bytes("weibin-urban-management-2022.txt"), "text/plain; charset=utf-8",
                "weibin.txt").get("documents").get(0).get("documentId").asText();
        api.awaitStatus(weibin, "audited", PIPELINE_TIMEOUT);
        var driver = Browser.start();
        try {
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get(stack.url("query-service") + "/");
            // the dashboard asks for the read key once and keeps it in a cookie
            var keyField = wait.until(d -> d.findElement(org.openqa.selenium.By.cssSelector("input[name=apiKey]")));
            keyField.sendKeys(stack.readKey());
            driver.findElement(org.openqa.selenium.By.cssSelector("form[data-testid=login] button")).click();
            var row = wait.until(d -> d.findElement(org.openqa.selenium.By.cssSelector(
                    "table[data-testid=reports] tr[data-id='" + weibin + "']")));
            assertTrue(row.getText().contains("新乡市卫滨区城市管理局"), row.getText());
            assertTrue(row.getText().contains("已审核"), row.getText());
            wait.until(d -> d.findElement(org.openqa.selenium.By.cssSelector("table[data-testid=rule-counts]"))
                    .getText().contains("COMP-003"));
            wait.until(d -> d.findElement(org.openqa.selenium.By.id("stream-state")).getText().contains("live"));
            int alertsBefore = driver.findElements(org.openqa.selenium.By.cssSelector("#alerts li")).size();
            screenshot(driver, "overview");

            // a new report: its alerts must reach the open page through the SSE stream
            byte[] gb = Samples.text("unnamed-bureau-2023.txt").getBytes(Charset.forName("GB18030"));
            String unnamed = api.postText(gb, "text/plain", "unnamed-gb.txt").get("documents").get(0)
                    .get("documentId").asText();
            api.awaitStatus(unnamed, "audited", PIPELINE_TIMEOUT);
            wait.until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#alerts li a[href='#/report/" + unnamed
                    + "']")).size() > 0);
            assertTrue(driver.findElements(org.openqa.selenium.By.cssSelector("#alerts li")).size() > alertsBefore);

            row = driver.findElement(org.openqa.selenium.By.cssSelector("table[data-testid=reports] tr[data-id='"
                    + weibin + "'] a"));
            row.click();
            wait.until(d -> d.findElement(org.openqa.selenium.By.cssSelector("[data-testid=report-title]")).getText()
                    .contains("新乡市卫滨区城市管理局"));
            // the title shows first; the tables and findings follow once the template labels are loaded
            var findings = wait.until(d -> d.findElement(org.openqa.selenium.By.cssSelector("[data-testid=findings]")))
                    .getText();
            assertTrue(findings.contains("COMP-003") && findings.contains("第二十条"), findings);
            var flaggedRows = driver.findElements(org.openqa.selenium.By.cssSelector(
                    "section[data-testid=table2] tr.flag-ERROR"));
            assertEquals(2, flaggedRows.size(), "rows 一 and 二 of Table 2 are flagged as missing");
            assertTrue(flaggedRows.get(0).getText().contains("本年新收"), flaggedRows.get(0).getText());
            var missingCells = driver.findElements(org.openqa.selenium.By.cssSelector(
                    "section[data-testid=table1] td.missing"));
            assertTrue(missingCells.size() >= 10, "the empty Article 20 table shows its cells as missing");
            screenshot(driver, "report");
        } finally {
            driver.quit();
        }
    }

    @Test
    void inTheBrowserAReviewerDismissesAFindingAndComparesTwoYears() throws Exception {
        String agency = "独山子区城市管理局";
        String base = Samples.text("dushanzi-urban-management-2021.txt").replace(agency, "独山子区市政管理局");
        String y2021 = api.postText(base.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8",
                "dushanzi-2021-b.txt").get("documents").get(0).get("documentId").asText();
        // the next year: the same prose (copied), the year changed and one figure more
        String next = base.replace("2021年", "2022年").replace("2022年1月", "2023年1月");
        String y2022 = api.postText(next.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8",
                "dushanzi-2022-b.txt").get("documents").get(0).get("documentId").asText();
        api.awaitStatus(y2021, "audited", PIPELINE_TIMEOUT);
        JsonNode report = api.awaitStatus(y2022, "audited", PIPELINE_TIMEOUT);
        assertEquals(2022, report.get("year").asInt());
        // audited against 2021 once both are in (a 2021 report arriving second has 2022 re-checked)
        report = Awaitility.await("PROSE-003 on the 2022 report, which repeats 2021's prose").atMost(PIPELINE_TIMEOUT)
                .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> api.report(y2022), r -> Api.ruleIds(r).contains("PROSE-003"));
        var driver = Browser.start();
        try {
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get(stack.url("query-service") + "/");
            wait.until(d -> d.findElement(org.openqa.selenium.By.cssSelector("input[name=apiKey]")))
                    .sendKeys(stack.writeKey());
            driver.findElement(org.openqa.selenium.By.cssSelector("form[data-testid=login] button")).click();
            wait.until(d -> d.findElement(org.openqa.selenium.By.cssSelector("table[data-testid=reports]")));
            driver.get(stack.url("query-service") + "/#/report/" + y2022);
            var finding = wait.until(d -> d.findElement(org.openqa.selenium.By.cssSelector(
                    "[data-testid=findings] li[data-rule='PROSE-003']")));
            assertTrue(finding.getText().contains("2021"), "the copied prose is flagged: " + finding.getText());
            finding.findElement(org.openqa.selenium.By.cssSelector("input[name=reason]")).sendKeys("模板化表述，可接受");
            finding.findElement(org.openqa.selenium.By.cssSelector("button[data-action=dismiss]")).click();
            wait.until(d -> d.findElement(org.openqa.selenium.By.cssSelector(
                    "[data-testid=findings] li[data-rule='PROSE-003'] [data-decision=DISMISSED]")));
            assertTrue(driver.findElement(org.openqa.selenium.By.cssSelector(
                    "[data-testid=findings] li[data-rule='PROSE-003'] .review")).getText().contains("local-admin"));
            screenshot(driver, "review");

            driver.findElement(org.openqa.selenium.By.cssSelector("[data-testid=compare-link]")).click();
            var overall = wait.until(d -> d.findElement(org.openqa.selenium.By.cssSelector(
                    "[data-testid=reuse-overall]")));
            assertEquals("100%", overall.getText(), "the 2022 prose is the 2021 prose");
            var title = driver.findElement(org.openqa.selenium.By.cssSelector("[data-testid=compare-title]"));
            assertTrue(title.getText().contains("2021 → 2022"), title.getText());
            assertTrue(driver.findElements(org.openqa.selenium.By.cssSelector("table[data-table=table2] td"))
                    .size() > 100, "Table 2 cell by cell");
            screenshot(driver, "compare");

            driver.get(stack.url("query-service") + "/#/region/65/2022");
            var ranking = wait.until(d -> d.findElement(org.openqa.selenium.By.cssSelector(
                    "table[data-testid=ranking]")));
            assertTrue(ranking.getText().contains("独山子区市政管理局"), ranking.getText());
            assertTrue(driver.findElement(org.openqa.selenium.By.cssSelector("[data-testid=region-title]"))
                    .getText().contains("新疆维吾尔自治区"));
            screenshot(driver, "region");
        } finally {
            driver.quit();
        }
        JsonNode reviewed = api.report(y2022);
        boolean dismissed = false;
        for (JsonNode f : reviewed.at("/audit/findings")) {
            dismissed |= f.get("ruleId").asText().equals("PROSE-003")
                    && f.at("/review/decision").asText().equals("DISMISSED");
        }
        assertTrue(dismissed, "the dismissal made in the browser is stored");
    }

    private static void screenshot(org.openqa.selenium.chrome.ChromeDriver driver, String name) throws Exception {
        byte[] png = driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        Files.write(root.resolve("local-stack/target/dashboard-" + name + ".png"), png);
    }

    @Test
    void withoutAKeyNothingIsReadOrWritten() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var post = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(stack.url("ingest-service")
                + "/documents")).header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers
                .ofString("一、总体情况")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, post.statusCode());
        var get = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(stack.url("query-service")
                + "/reports")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(401, get.statusCode());
        var reader = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(stack.url("ingest-service")
                + "/documents")).header("X-API-Key", stack.readKey()).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("一、总体情况")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(403, reader.statusCode());
    }

    @Test
    void badUploadsGetA4xxWithAJsonReason() throws Exception {
        var empty = api.postRaw(new byte[0], "text/plain");
        assertEquals(400, empty.statusCode());
        assertEquals("empty-document", Api.json(empty.body()).get("error").asText());

        var image = api.postRaw(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}, "image/png");
        assertEquals(415, image.statusCode());
        assertNotEquals("", Api.json(image.body()).get("message").asText());

        var unknownReport = api.getRaw("/reports/" + "0".repeat(64));
        assertEquals(404, unknownReport.statusCode());
        var badFilter = api.getRaw("/reports?year=abc");
        assertEquals(400, badFilter.statusCode());
    }

    /** The report followed by prose lines up to exactly {@code size} bytes (UTF-8, ASCII padding). */
    private static byte[] padded(byte[] report, int size) {
        byte[] out = new byte[size];
        System.arraycopy(report, 0, out, 0, report.length);
        byte[] line = "\nThis padding line stands for the long appendix of a large report.".getBytes(
                StandardCharsets.US_ASCII);
        for (int i = report.length; i < size; i++) {
            out[i] = line[(i - report.length) % line.length];
        }
        return out;
    }

    static final class Samples {
        static byte[] bytes(String name) throws Exception {
            Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
            return Files.readAllBytes(root.resolve("samples/reports").resolve(name));
        }

        static String text(String name) throws Exception {
            return new String(bytes(name), StandardCharsets.UTF_8);
        }
    }
}
