package ogi.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RuleOutcome;
import ogi.contracts.event.RuleResult;
import ogi.contracts.event.Severity;
import ogi.testsupport.MongoStandInResource;

/**
 * {@code @QuarkusTest}: the audit of the sample report 独山子区城市管理局 2021 (its parsed golden event, through the
 * in-memory connector into the MongoDB stand-in) with three findings on its real cells, its rule results and a
 * review, as a PDF and as a DOCX, and its region's year (新疆, 2021) as both. The PDF is read back with PDFBox and
 * rendered to PNG with Debian's pdftoppm (the image checks are skipped only when pdftoppm is absent); the DOCX is
 * read back with POI. The pages are kept in {@code target/documents/} to look at.
 */
@QuarkusTest
@QuarkusTestResource(MongoStandInResource.class)
class AuditDocumentTest {
    private static final Path PAGES = Path.of("target/documents");

    @Inject
    @Any
    InMemoryConnector connector;

    private ParsedReportEvent dushanzi;
    private Finding penalties;
    private Finding fees;
    private Finding feesNotStated;

    private static ParsedReportEvent golden(String sample) throws Exception {
        return EventJson.read(Files.readString(Path.of(System.getProperty("shared.reports.dir", "../samples/reports"))
                .getParent().resolve("golden/" + sample + ".parsed.json")), ParsedReportEvent.class);
    }

    private void send(String channel, String key, Object event) {
        Polls.send(connector, channel, new ConsumerRecord<>("t", 0, 0L, key, EventJson.write(event)));
    }

    private static Finding finding(String id, String rule, Severity severity, Location at, String zh, String en,
            String expected, String actual) {
        return new Finding(Finding.idOf(id, rule, at), rule, "test", severity, zh, en, at, expected, actual,
                List.of(at));
    }

    @BeforeEach
    void auditedAndReviewed() throws Exception {
        dushanzi = golden("dushanzi-urban-management-2021");
        String id = dushanzi.documentId();
        penalties = finding(id, "PROSE-001", Severity.ERROR, Location.cell("table1", "penalties", "decisions"),
                "正文称本年作出行政处罚决定590件，表一为593件", "The text says 590 penalty decisions, "
                        + "table1/penalties/decisions holds 593", "590", "593");
        fees = finding(id, "VAL-002", Severity.INFO, Location.cell("table1", "fees", "amount"),
                "收费金额单元格内写入了单位「万元」", "The fees cell holds a unit", null, "36.75万元");
        feesNotStated = finding(id, "COMP-007", Severity.WARNING, Location.section(6),
                "第六部分未说明信息处理费的收取情况", "Section six does not say whether fees were collected", null, null);
        send("parsed", id, dushanzi);
        send("audited", id, new AuditResultEvent(1, id, "2026.11.5", Instant.parse("2026-03-02T01:30:00Z"),
                "独山子区城市管理局", 2021, List.of(penalties, fees, feesNotStated), List.of(
                        new RuleResult("ARITH-001", RuleOutcome.PASSED, 0, List.of()),
                        new RuleResult("PROSE-001", RuleOutcome.FAILED, 1, List.of()),
                        new RuleResult("YEAR-001", RuleOutcome.NOT_ASSESSABLE, 0, List.of("previous-year")),
                        new RuleResult("ARITH-003", RuleOutcome.NOT_ASSESSABLE, 0,
                                List.of("table2/carried_over/commercial")))));
        await("the report stored, placed, with its audit's three findings").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> {
                    var report = given().get("/reports/" + id).jsonPath();
                    assertNotNull(report.getString("division.code"), "the report's division");
                    assertEquals(3, report.getList("audit.findings") == null ? 0
                            : report.getList("audit.findings").size(), "the audit's findings");
                });
        given().contentType(ContentType.JSON).body("{\"findingId\":\"" + penalties.findingId()
                + "\",\"decision\":\"confirmed\",\"reason\":\"已核对原文，表一数字有误\"}").post("/reviews").then()
                .statusCode(200);
        // the review event it published is not other test classes' business (ReviewTest counts its own)
        connector.sink("reviews").clear();
    }

    @Test
    void theReportsAuditAsAPdfShowsTheTablesFindingsRuleResultsAndReviewInWords() throws Exception {
        byte[] pdf = given().get("/reports/" + dushanzi.documentId() + "/audit.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text;
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
            text = new PDFTextStripper().getText(document);
            var resources = document.getPage(0).getResources();
            assertTrue(resources.getFont(resources.getFontNames().iterator().next()).isEmbedded(),
                    "the CJK font travels with the file");
        }
        for (String expected : List.of("政府信息公开工作年度报告审核结果", "独山子区城市管理局", "新疆维吾尔自治区",
                // the tables as read, with the template's labels and the report's figures
                "表一 第二十条主动公开情况", "本年处理决定数量", "行政许可", "146", "行政处罚", "593 ※", "36.75",
                "表二 收到和处理政府信息公开申请情况", "商业企业", "结转下年度继续办理",
                "表三 政府信息公开行政复议、行政诉讼情况", "行政复议 结果维持",
                // findings by severity and section, Chinese first
                "错误 Errors", "第二部分 主动公开政府信息情况", "正文称本年作出行政处罚决定590件，表一为593件",
                "警告 Warnings", "第六部分 其他需要报告的事项", "提示 Notes", "正文所述数字与表格不一致",
                // each rule's result in words, and why it could not be checked
                "通过 passed", "未通过 failed", "无法检查 could not be checked", "未收到该机关上一年度的报告",
                "二、上年结转政府信息公开申请数量", "确认属实 confirmed", "已核对原文，表一数字有误")) {
            assertTrue(squeezed(text).contains(squeezed(expected)), "the PDF shows " + expected + ":\n" + text);
        }
        for (String key : List.of("table2/carried_over", "table1/penalties", "carried_over", "penalties/decisions",
                "NOT_ASSESSABLE")) {
            assertFalse(text.contains(key), "no internal key for the reader: " + key);
        }
        assertTrue(text.indexOf("错误 Errors") < text.indexOf("警告 Warnings")
                && text.indexOf("警告 Warnings") < text.indexOf("提示 Notes"), "errors first, then warnings, notes");
        assertTrue(text.contains("第 1 页 共 " + pages + " 页"), "page numbers");

        List<BufferedImage> images = render(pdf, "report");
        assertEquals(pages, images.size(), "pdftoppm renders every page");
        BufferedImage first = images.get(0);
        assertTrue(dark(first, 0.1, 0.05, 0.9, 0.13) > 200, "the title is drawn at the top of the first page");
        for (BufferedImage page : images) {
            assertEquals(0, dark(page, 0.93, 0.0, 1.0, 1.0), "nothing runs into the right margin");
            assertEquals(0, dark(page, 0.0, 0.0, 0.06, 1.0), "nothing runs into the left margin");
        }
        assertTrue(images.stream().anyMatch(p -> flagged(p) > 50), "the flagged cells are shaded");
    }

    @Test
    void theReportsAuditAsADocxHasTheTablesCellsAndTheFindings() throws Exception {
        byte[] docx = given().get("/reports/" + dushanzi.documentId() + "/audit.docx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document").extract()
                .asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table1 = table(doc, "本年制发件数");
            XWPFTableRow penaltiesRow = row(table1, "行政处罚");
            XWPFTableCell decisions = penaltiesRow.getCell(4);
            assertEquals("593 ※", decisions.getText(), "the flagged cell, marked");
            assertEquals("F8C9C4", decisions.getColor(), "and shaded");
            assertEquals("146", row(table1, "行政许可").getCell(4).getText());
            assertEquals("", row(table1, "行政许可").getCell(1).getText(), "not a column of that row");
            assertEquals("36.75 ※", row(table1, "行政事业性收费").getCell(5).getText());
            XWPFTable table2 = table(doc, "商业企业");
            assertEquals(26, table2.getNumberOfRows(), "a header and the template's 25 rows");
            assertEquals("（三）不予公开 · 1.属于国家秘密", table2.getRow(5).getCell(0).getText());
            assertEquals("0", row(table2, "四、结转下年度继续办理").getCell(7).getText());
            XWPFTable table3 = table(doc, "案件数 Cases");
            assertEquals(16, table3.getNumberOfRows(), "Table 3's fifteen columns, one line each");
            XWPFTable rules = table(doc, "结果 Result");
            assertEquals("无法检查 could not be checked", row(rules, "ARITH-003").getCell(1).getText());
            assertTrue(row(rules, "ARITH-003").getCell(2).getText().contains("「二、上年结转政府信息公开申请数量」行「商业企业」列"));
            XWPFTable reviews = table(doc, "决定 Decision");
            assertEquals("确认属实 confirmed", reviews.getRow(1).getCell(1).getText());

            String paragraphs = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertTrue(paragraphs.contains("1. 【错误】正文所述数字与表格不一致（PROSE-001）"), paragraphs);
            assertTrue(paragraphs.contains("正文称本年作出行政处罚决定590件，表一为593件"));
            assertTrue(paragraphs.contains("The text says 590 penalty decisions, 表一 第二十条主动公开情况「行政处罚」行"
                    + "「本年处理决定数量」列 holds 593"), "the English names the cell by its labels: " + paragraphs);
            assertTrue(paragraphs.contains("应为 Expected: 590；实为 Actual: 593"));
            assertTrue(paragraphs.indexOf("【错误】") < paragraphs.indexOf("【警告】")
                    && paragraphs.indexOf("【警告】") < paragraphs.indexOf("【提示】"));
            assertFalse(paragraphs.contains("table1/"), "no internal key");
        }
    }

    @Test
    void aRegionsYearAsPdfAndDocxRanksItsAgenciesAndNamesTheProblems() throws Exception {
        byte[] pdf = given().get("/export/regions/65/2021.pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        for (String expected : List.of("新疆维吾尔自治区 2021 年度政府信息公开工作年度报告审核汇总", "机关排名",
                "独山子区城市管理局", "最常见的问题", "正文所述数字与表格不一致", "存在错误的机关", "一、本年新收政府信息公开申请数量")) {
            assertTrue(squeezed(text).contains(squeezed(expected)), "the region's PDF shows " + expected + ":\n" + text);
        }
        List<BufferedImage> images = render(pdf, "region");
        assertTrue(dark(images.get(0), 0.1, 0.05, 0.9, 0.13) > 200, "the title is drawn");

        byte[] docx = given().get("/export/regions/65/2021.docx").then().statusCode(200).extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTableRow ranked = row(table(doc, "名次 Rank"), "独山子区城市管理局");
            assertEquals("1", ranked.getCell(3).getText(), "its one error");
            assertTrue(row(table(doc, "问题 Problem"), "PROSE-001").getCell(3).getText().equals("1"));
            assertTrue(row(table(doc, "错误所涉问题 What the errors are"), "独山子区城市管理局").getCell(2).getText()
                    .contains("正文所述数字与表格不一致"));
        }
        given().get("/export/regions/6x/2021.pdf").then().statusCode(400);
        given().get("/export/regions/99/2021.docx").then().statusCode(404);
        given().get("/reports/" + "f".repeat(64) + "/audit.docx").then().statusCode(404);
    }

    /** The table whose header row has a cell with the text. */
    private static XWPFTable table(XWPFDocument doc, String header) {
        return doc.getTables().stream()
                .filter(t -> t.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals(header)))
                .findFirst().orElseThrow(() -> new AssertionError("no table headed " + header));
    }

    /** The first row with a cell containing the text. */
    private static XWPFTableRow row(XWPFTable table, String first) {
        return table.getRows().stream().filter(r -> r.getTableCells().stream().anyMatch(c -> c.getText().contains(first)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first));
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** The pages as images by pdftoppm (Debian poppler-utils) at 60 dpi, kept in target/documents. */
    private static List<BufferedImage> render(byte[] pdf, String name) throws Exception {
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        Assumptions.assumeTrue(Files.isExecutable(pdftoppm), "pdftoppm (poppler-utils) is not installed");
        Files.createDirectories(PAGES);
        Path file = PAGES.resolve(name + ".pdf");
        Files.write(file, pdf);
        try (var old = Files.list(PAGES)) {
            for (Path p : old.filter(p -> p.getFileName().toString().matches(name + "-\\d+\\.png")).toList()) {
                Files.delete(p);
            }
        }
        Process p = new ProcessBuilder(pdftoppm.toString(), "-r", "60", "-png", file.toString(),
                PAGES.resolve(name).toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "pdftoppm: " + out);
        List<Path> files;
        try (var listed = Files.list(PAGES)) {
            files = listed.filter(f -> f.getFileName().toString().matches(name + "-\\d+\\.png")).sorted().toList();
        }
        List<BufferedImage> images = new ArrayList<>();
        for (Path f : files) {
            images.add(ImageIO.read(f.toFile()));
        }
        return images;
    }

    /** Dark pixels (text, rules) in the part of the page given as shares of its width and height. */
    private static int dark(BufferedImage page, double x0, double y0, double x1, double y1) {
        int n = 0;
        for (int y = (int) (y0 * page.getHeight()); y < (int) (y1 * page.getHeight()); y++) {
            for (int x = (int) (x0 * page.getWidth()); x < (int) (x1 * page.getWidth()); x++) {
                int rgb = page.getRGB(x, y);
                int r = rgb >> 16 & 0xFF, g = rgb >> 8 & 0xFF, b = rgb & 0xFF;
                if (r + g + b < 3 * 128) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Pixels of the flagged cells' shade (F8C9C4). */
    private static int flagged(BufferedImage page) {
        int n = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int r = rgb >> 16 & 0xFF, g = rgb >> 8 & 0xFF, b = rgb & 0xFF;
                if (Math.abs(r - 0xF8) < 8 && Math.abs(g - 0xC9) < 8 && Math.abs(b - 0xC4) < 8) {
                    n++;
                }
            }
        }
        return n;
    }
}
