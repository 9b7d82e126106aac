package ogi.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.Severity;
import ogi.contracts.report.Report;
import ogi.contracts.report.ReportMetadata;
import ogi.testsupport.MongoStandInResource;

/**
 * {@code @QuarkusTest}: the dashboard's charts page in headless Chromium (Debian's {@code chromium}, run with
 * {@code --dump-dom} and {@code --screenshot}; bin/test installs it), over the sample reports' golden events sent
 * through the in-memory connector into the MongoDB stand-in, with findings. The DOM after the scripts ran tells how
 * many series each chart drew and the grid's shares; the screenshot ({@code target/dashboard-charts.png}) must show
 * the series' colours, so a chart that exists but draws nothing fails. Skipped only when Chromium is absent.
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class ChartsBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Inject
    @Any
    InMemoryConnector connector;

    @TestHTTPResource("/")
    URL root;

    private static ParsedReportEvent golden(String sample) throws Exception {
        return EventJson.read(Files.readString(Path.of(System.getProperty("shared.reports.dir", "../samples/reports"))
                .getParent().resolve("golden/" + sample + ".parsed.json")), ParsedReportEvent.class);
    }

    private void send(String channel, String key, Object event) {
        Polls.send(connector, channel, new ConsumerRecord<>("t", 0, 0L, key, EventJson.write(event)));
    }

    private void audited(ParsedReportEvent e, Severity... severities) {
        List<Finding> findings = new ArrayList<>();
        String[] rules = {"ARITH-001", "COMP-004", "TPL-001"};
        for (int i = 0; i < severities.length; i++) {
            Location at = Location.cell("table2", "total_handled", "total");
            findings.add(new Finding(Finding.idOf(e.documentId(), rules[i], at), rules[i], "test", severities[i],
                    "测试发现", "a test finding", at, "1", "0", List.of(at)));
        }
        ReportMetadata m = e.report().metadata();
        send("audited", e.documentId(), new AuditResultEvent(1, e.documentId(), "2026.11.5", Instant.now(),
                m.agency(), m.year(), findings));
    }

    /** The same report a year later under another document id: the agency's second year. */
    private static ParsedReportEvent nextYear(ParsedReportEvent e) {
        Report r = e.report();
        ReportMetadata m = r.metadata();
        Report next = new Report(new ReportMetadata(m.agency(), m.region(), m.year() + 1, m.publicationDate(),
                m.template(), m.agencyKey()), r.sections(), r.table1(), r.table2(), r.table3(), r.proseFigures(),
                r.parseNotes(), r.text());
        return new ParsedReportEvent(e.schemaVersion(), "d1".repeat(32), e.parserVersion(), e.parsedAt(),
                "next-year.txt", e.format(), next);
    }

    @Test
    void theChartsPageDrawsTheRulesTheRegionGridAndAnAgencysYearsWithTheSampleData() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium (Debian chromium) is not installed");
        ParsedReportEvent dushanzi = golden("dushanzi-urban-management-2021");
        ParsedReportEvent dushanzi2022 = nextYear(dushanzi);
        ParsedReportEvent weibin = golden("weibin-urban-management-2022");
        ParsedReportEvent wusu = golden("wusu-urban-management-2023");
        for (ParsedReportEvent e : List.of(dushanzi, dushanzi2022, weibin, wusu)) {
            send("parsed", e.documentId(), e);
        }
        // 独山子区 keeps fewer errors than 卫滨区 has in QueryApiTest, which expects 卫滨区 first by errors
        audited(dushanzi, Severity.WARNING);
        audited(dushanzi2022, Severity.ERROR, Severity.WARNING, Severity.WARNING);
        audited(weibin, Severity.ERROR);
        audited(wusu, Severity.WARNING);
        Map<String, Integer> expected = Map.of(dushanzi.documentId(), 1, dushanzi2022.documentId(), 3,
                weibin.documentId(), 1, wusu.documentId(), 1);
        await("the four reports stored, placed, with their audits' findings").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> expected.forEach((id, findings) -> assertTrue(stored(id, findings),
                        "report " + id + " placed with " + findings + " findings")));
        // other test classes share the application and its store: what is asserted holds whatever else they stored
        var xinjiang = given().queryParam("year", 2022).get("/stats/regions").then().statusCode(200).extract()
                .jsonPath();
        assertTrue(xinjiang.getList("regions.code").contains("65"), "独山子区's 2022 report is in 新疆");
        assertTrue(xinjiang.getInt("regions.find { it.code == '65' }.reportsWithErrors") >= 1, "with its error");
        given().queryParam("year", 2022).queryParam("parent", "65").get("/stats/regions").then().statusCode(200);
        given().queryParam("year", 2022).queryParam("parent", "6x").get("/stats/regions").then().statusCode(400);
        given().get("/stats/regions").then().statusCode(400);

        String url = root.toString() + "#/charts/year/2022/agency/"
                + java.net.URLEncoder.encode("独山子区城市管理局", StandardCharsets.UTF_8);
        String dom = chromium(url, "--dump-dom");
        Matcher rules = Pattern.compile("<canvas data-testid=\"chart-rules\"[^>]*data-series=\"(\\d+)\" "
                + "data-points=\"(\\d+)\"").matcher(dom);
        assertTrue(rules.find(), "the rules chart is drawn: " + dom);
        assertTrue(Integer.parseInt(rules.group(1)) >= 3 && Integer.parseInt(rules.group(2)) >= 4,
                "a series per rule, a bar per rule and year: " + rules.group());
        Matcher agency = Pattern.compile("<canvas data-testid=\"chart-agency\"[^>]*data-series=\"5\" "
                + "data-points=\"(\\d+)\"").matcher(dom);
        assertTrue(agency.find(), "the agency chart has its five series: " + dom);
        assertTrue(dom.contains("<option value=\"独山子区城市管理局\" selected=\"\">独山子区城市管理局（2021、2022）</option>"),
                "the agency of the address, with its two years: " + dom);

        // the grid on 2022: a tile per province with reports, coloured by the share with errors
        var grid = given().queryParam("year", 2022).get("/stats/regions").jsonPath();
        List<Integer> tileColours = new ArrayList<>();
        for (Map<String, Object> region : grid.<Map<String, Object>>getList("regions")) {
            double share = ((Number) region.get("shareWithErrors")).doubleValue();
            int[] rgb = {(int) Math.round(230 + (217 - 230) * share), (int) Math.round(244 + (48 - 244) * share),
                    (int) Math.round(234 + (37 - 234) * share)};
            tileColours.add(rgb[0] << 16 | rgb[1] << 8 | rgb[2]);
            Matcher tile = Pattern.compile("data-code=\"" + region.get("code") + "\" data-share=\""
                    + String.format(java.util.Locale.ROOT, "%.3f", share) + "\"[^>]*style=\"background-color: rgb\\("
                    + rgb[0] + ", " + rgb[1] + ", " + rgb[2] + "\\);\"").matcher(dom);
            assertTrue(tile.find(), region + ": its tile, coloured by its share: " + dom);
        }
        assertTrue(grid.getList("regions.code").containsAll(List.of("41", "65")), "河南 and 新疆 at least");

        Path png = Path.of("target/dashboard-charts.png").toAbsolutePath();
        chromium(url, "--screenshot=" + png);
        BufferedImage shot = ImageIO.read(png.toFile());
        Map<String, Integer> colours = Map.of("the first rule's bars", 0x1f77b4, "the second rule's bars", 0xff7f0e,
                "the agency's warnings", 0xff9900);
        for (var c : colours.entrySet()) {
            assertTrue(pixels(shot, c.getValue()) > 200, c.getKey() + " must be drawn: " + pixels(shot, c.getValue()));
        }
        assertTrue(tileColours.stream().allMatch(c -> pixels(shot, c) > 500), "every region's tile is painted");
    }

    /** True when the report is placed and its audit with that many findings stored. */
    private static boolean stored(String id, int findings) {
        var report = given().get("/reports/" + id).jsonPath();
        List<Object> audit = report.getList("audit.findings");
        return report.getString("division.code") != null && audit != null && audit.size() == findings;
    }

    /** Runs headless Chromium on the page with the flag (--dump-dom prints the DOM after the scripts ran). */
    private static String chromium(String url, String flag) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--window-size=1400,1700",
                "--lang=zh-CN", "--virtual-time-budget=15000", "--user-data-dir=" + profile, flag, url)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        assertEquals(0, p.exitValue(), "chromium failed");
        return out;
    }

    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
