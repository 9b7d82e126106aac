package ogi.parse.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import ogi.contracts.report.Report;

/**
 * The 2019 format (国办公开办函〔2019〕60号) must be recognised and read in its own terms, never as 2021 cells. Input:
 * the Dushanzi sample with its Article 20 table and Table 2's （六） rows rewritten in the 2019 format as
 * ../shared/docs/report-format.md describes it (no real 2019 report is among the samples).
 */
class OlderTemplateTest {
    private static final String OLD_TABLE1 = String.join("\n",
            "第二十条第(一)项 |",
            "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |",
            "规章 | 0 | 0 | 0 |",
            "规范性文件 | 2 | 2 | 15 |",
            "第二十条第(五)项 |",
            "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
            "行政许可 | 12 | -2 | 146 |",
            "其他对外管理服务事项 | 3 | 0 | 7 |",
            "第二十条第(六)项 |",
            "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
            "行政处罚 | 40 | +1 | 593 |",
            "行政强制 | 2 | 0 | 0 |",
            "第二十条第(八)项 |",
            "信息内容 | 上一年项目数量 | 本年增/减 |",
            "行政事业性收费 | 1 | 0 |",
            "第二十条第(九)项 |",
            "信息内容 | 采购项目数量 | 采购总金额 |",
            "政府集中采购 | 4 | 251000元 |");

    static String olderFormat() {
        String text = SampleReports.text("dushanzi-urban-management-2021.txt").replace("2021年", "2020年");
        int start = text.indexOf("第二十条第(一)项");
        int end = text.indexOf("三、收到和处理政府信息公开申请情况");
        text = text.substring(0, start) + OLD_TABLE1 + "\n" + text.substring(end);
        int six = text.indexOf("(六)其他处理 |");
        int total = text.indexOf("(七)总计");
        return text.substring(0, six) + "(六)其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n" + text.substring(total);
    }

    @Test
    void theOlderFormatMatchesItsGoldenFile() throws Exception {
        byte[] bytes = olderFormat().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var event = new ogi.contracts.event.ParsedReportEvent(1, ReportParserGoldenTest.sha256(bytes),
                ReportParser.VERSION, java.time.Instant.EPOCH, "older-format-2020.txt",
                ogi.contracts.event.DocumentFormat.TEXT, new ReportParser().parse(olderFormat()));
        String json = ogi.contracts.event.EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(event);
        var golden = SampleReports.dir().getParent().resolve("golden/older-format-2020.parsed.json");
        if (Boolean.getBoolean("golden.update")) {
            java.nio.file.Files.writeString(golden, json + "\n");
        }
        var mapper = ogi.contracts.event.EventJson.mapper();
        assertEquals(mapper.readTree(java.nio.file.Files.readString(golden)), mapper.readTree(json));
        assertEquals(java.util.List.of(), ogi.contracts.schema.EventSchemas.validate(
                ogi.contracts.schema.EventSchemas.PARSED_REPORT, json));
    }

    @Test
    void theOlderFormatIsRecognisedAndReadInItsOwnTerms() {
        Report r = new ReportParser().parse(olderFormat());
        assertEquals("2019", r.metadata().template());
        assertEquals(2020, r.metadata().year());
        assertEquals(new BigDecimal("15"), r.table1().cell("normative_documents", "total_published").value());
        assertEquals(new BigDecimal("-2"), r.table1().cell("permits", "change").value());
        assertEquals(new BigDecimal("146"), r.table1().cell("permits", "decisions").value());
        assertEquals(new BigDecimal("7"), r.table1().cell("other_services", "decisions").value());
        assertEquals(new BigDecimal("1"), r.table1().cell("penalties", "change").value());
        assertEquals(new BigDecimal("25.1"), r.table1().cell("procurement", "procurement_amount").value());
        assertEquals("251000元", r.table1().cell("procurement", "procurement_amount").raw());
        assertNull(r.table1().row("regulations").cells().get("issued"), "no 2021 column is invented");
        assertEquals(23, r.table2().rows().size());
        assertTrue(r.table2().row("other_processing").found());
        assertFalse(r.table2().rows().stream().anyMatch(row -> row.key().startsWith("other_no")));
        assertTrue(r.table2().rows().stream().allMatch(row -> row.found()));
    }
}
