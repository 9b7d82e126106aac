package ogi.parse.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ogi.contracts.report.Cell;
import ogi.contracts.report.LabelMatch;
import ogi.contracts.report.ProseFigure;
import ogi.contracts.report.Report;
import ogi.contracts.report.TableRow;

/**
 * Real published reports as the PDF extractor gives their text (fixtures/real, see its README for the origin of
 * each excerpt), and variations of the samples laid out as PDF text: wrapped row labels, damaged labels, the older
 * one-row （六）其他处理 in a 2021 report, page numbers, prose sentences wrapped over lines.
 */
class RealDocumentsTest {
    private final ReportParser parser = new ReportParser();

    private static String fixture(String name) {
        try (InputStream in = RealDocumentsTest.class.getResourceAsStream("/fixtures/real/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> values(TableRow row) {
        List<String> out = new ArrayList<>();
        for (Cell c : row.cells().values()) {
            out.add(c == null || c.value() == null ? null : c.value().toPlainString());
        }
        return out;
    }

    private static List<String> seven(String... v) {
        return List.of(v);
    }

    @Test
    void hongze2023DamagedLabelIsReadByItsPosition() {
        Report r = parser.parse(fixture("huaian-hongze-district-gov-2023.tables.txt"));
        TableRow row = r.table2().row("withheld_prohibited_by_law");
        assertTrue(row.found(), "2.其他法律行政止公开 sits between 1.属于国家秘密 and 3.危及…: it is that row");
        assertEquals(LabelMatch.TYPO, row.labelMatch());
        assertEquals("2.其他法律行政止公开", row.labelAsWritten());
        assertEquals(seven("0", "0", "0", "0", "0", "0", "0"), values(row));
        assertTrue(r.parseNotes().stream().anyMatch(n -> n.contains("read by its position")));
    }

    @Test
    void hongze2023OneRowOtherProcessingIsKeptAsThatRow() {
        Report r = parser.parse(fixture("huaian-hongze-district-gov-2023.tables.txt"));
        TableRow one = r.table2().row("other_processing");
        assertNotNull(one, "the 2019 format's one row （六）其他处理 is read under its own key");
        assertTrue(one.found());
        assertEquals("（六）其他处理", one.labelAsWritten());
        assertEquals(seven("0", "0", "0", "0", "0", "0", "0"), values(one));
        for (String sub : List.of("other_no_correction", "other_fee_unpaid", "other_other")) {
            assertFalse(r.table2().row(sub).found(), sub + " is not in the report");
        }
        List<String> keys = r.table2().rows().stream().map(TableRow::key).toList();
        assertEquals(keys.indexOf("total_handled") - 1, keys.indexOf("other_processing"), "placed before （七）总计");
    }

    @Test
    void hongze2024OneRowOtherProcessingSpanningTwoColumnsIsThatRow() {
        Report r = parser.parse(fixture("huaian-hongze-district-gov-2024.pdf-text.txt"));
        TableRow one = r.table2().row("other_processing");
        assertNotNull(one, "（六）其他处理 merged over the group and sub-row columns, then its values");
        assertTrue(one.found());
        assertEquals(seven("0", "0", "0", "0", "0", "0", "0"), values(one));
        assertEquals(seven("95", "0", "0", "0", "0", "0", "95"), values(r.table2().row("total_handled")));
        for (String sub : List.of("other_no_correction", "other_fee_unpaid", "other_other")) {
            assertFalse(r.table2().row(sub).found(), sub + " is not in the report");
        }
    }

    @Test
    void hongze2023CellsAsPrinted() {
        Report r = parser.parse(fixture("huaian-hongze-district-gov-2023.tables.txt"));
        assertEquals("洪泽区人民政府", r.metadata().agency(), "the title's first line");
        assertEquals(2023, r.metadata().year());
        // wrapped label: （二）部分公开（区分处理的，只计这一情 形，不 / 4 0 0 0 0 0 4 / 计其他情形）
        assertEquals(seven("4", "0", "0", "0", "0", "0", "4"), values(r.table2().row("partially_granted")));
        // the page number - 3 - after （四）2. is not a cell
        assertEquals(seven("3", "0", "0", "0", "0", "0", "3"), values(r.table2().row("unavailable_needs_creation")));
        assertTrue(r.parseNotes().stream().noneMatch(n -> n.contains("extra ones are ignored")), r.parseNotes().toString());
        assertEquals(seven("0", "0", "0", "0", "0", "0", "0"),
                values(r.table2().row("not_processed_confirmation")));
        assertEquals(seven("21", "0", "0", "0", "0", "0", "21"), values(r.table2().row("total_handled")));
        assertEquals(List.of("10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0"),
                values(r.table3().rows().get(0)), "review 总计 printed 0: read as printed");
    }

    @Test
    void huaianCity2024EveryRowOfTable2WithItsValues() {
        Report r = parser.parse(fixture("huaian-city-gov-2024.tables.txt"));
        assertEquals("淮安市人民政府", r.metadata().agency());
        for (TableRow row : r.table2().rows()) {
            assertTrue(row.found(), row.key());
            assertTrue(row.cells().values().stream().allMatch(c -> c != null && c.value() != null), row.key());
        }
        // values on the middle line of a label wrapped over three, beside a vertical group label
        assertEquals(seven("447", "7", "0", "0", "0", "0", "454"), values(r.table2().row("partially_granted")));
        assertEquals(seven("6", "0", "0", "0", "0", "0", "6"), values(r.table2().row("withheld_third_party")));
        assertEquals(seven("7", "1", "0", "0", "0", "0", "8"), values(r.table2().row("withheld_internal_affairs")));
        assertEquals(seven("746", "12", "0", "0", "10", "1", "769"), values(r.table2().row("unavailable_not_held")));
        assertEquals(seven("6", "0", "0", "0", "0", "0", "6"), values(r.table2().row("other_fee_unpaid")));
        assertEquals(seven("2932", "53", "0", "0", "61", "4", "3050"), values(r.table2().row("total_handled")));
        // the label as written is the label, not the vertical group label's characters beside it
        assertEquals("2.其他法律行政法规禁止公开", r.table2().row("withheld_prohibited_by_law").labelAsWritten());
        assertEquals(LabelMatch.EXACT, r.table2().row("withheld_prohibited_by_law").labelMatch());
        assertEquals("2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                r.table2().row("other_fee_unpaid").labelAsWritten(), "他处理 of （六）其他处理 left out");
    }

    @Test
    void pdfTextOfASampleReadsLikeTheSample() {
        Report r = parser.parse(fixture("dushanzi-2021.a4-portrait.table2.txt"));
        for (TableRow row : r.table2().rows()) {
            assertTrue(row.found(), row.key());
            assertEquals(seven("0", "0", "0", "0", "0", "0", "0"), values(row), row.key());
        }
        TableRow partial = r.table2().row("partially_granted");
        assertEquals("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", partial.labelAsWritten());
        assertEquals(LabelMatch.EXACT, partial.labelMatch());
        assertEquals("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                r.table2().row("other_no_correction").labelAsWritten(), "the end after the values completes it");
    }

    @Test
    void labelWithAVerticalGroupCharacterRunIntoIt() {
        String text = String.join("\n",
                "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1",
                "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
                "三（一）予以公开 1 0 0 0 0 0 1",
                "、",
                "本（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 0 0 0 0 0 0");
        Report r = parser.parse(text);
        assertEquals(seven("1", "0", "0", "0", "0", "0", "1"), values(r.table2().row("granted")));
        assertEquals("（一）予以公开", r.table2().row("granted").labelAsWritten());
    }

    @Test
    void proseSentenceWrappedOverLinesIsRead() {
        String text = String.join("\n",
                "一、总体情况",
                "（二）依申请公开工作情况。由专人负责协调有关处室研究答复意见，本年度，共受",
                "理政府信息公开申请2件，都在法定期限内予以答复。");
        List<ProseFigure> figures = ProseFigureReader.read(ReportParser.lines(text), 2023);
        assertEquals(1, figures.stream().filter(f -> f.kind().equals(ProseFigure.APPLICATIONS_RECEIVED)).count());
        ProseFigure f = figures.stream().filter(x -> x.kind().equals(ProseFigure.APPLICATIONS_RECEIVED)).findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal(2), f.value());
        assertEquals(2, f.line(), "at the line where the sentence starts");
    }

    @Test
    void tableRowsAreNotJoinedToProse() {
        String text = String.join("\n",
                "本年度共受理政府信息公开申请的情况如下表所示详见",
                "一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3");
        List<ProseFigure> figures = ProseFigureReader.read(ReportParser.lines(text), 2023);
        assertTrue(figures.stream().noneMatch(f -> f.kind().equals(ProseFigure.APPLICATIONS_RECEIVED)), figures.toString());
    }

    @Test
    void figureHandledOnAnothersBehalfIsNotTheTotal() {
        // 淮安市洪泽区人民政府2024: the office's share, while Table 2 counts the whole district's 95
        String text = "2024 年，区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复。";
        List<ProseFigure> figures = ProseFigureReader.read(ReportParser.lines(text), 2024);
        assertTrue(figures.stream().noneMatch(f -> f.kind().equals(ProseFigure.APPLICATIONS_RECEIVED)), figures.toString());
        List<ProseFigure> plain = ProseFigureReader.read(
                ReportParser.lines("2023年全区受理政府信息公开申请 21件，均在法定期限答复。"), 2023);
        assertEquals(new BigDecimal(21), plain.get(0).value());
    }

    @Test
    void pageNumberLinesAreNotCells() {
        assertTrue(Tokenizer.isPageNumber("- 3 -"));
        assertTrue(Tokenizer.isPageNumber("—12—"));
        assertFalse(Tokenizer.isPageNumber("- 3"));
        assertFalse(Tokenizer.isPageNumber("3.其他 0 0 0 0 0 0 0"));
    }
}
