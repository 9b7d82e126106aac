package ogi.parse.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import ogi.contracts.report.LabelMatch;
import ogi.contracts.report.ProseFigure;
import ogi.contracts.report.Report;
import ogi.contracts.report.TableRow;

/** Real: the sample reports. The figures asserted here were read off the source text by hand. */
class ReportParserSamplesTest {
    private final ReportParser parser = new ReportParser();

    private Report parse(String sample) {
        return parser.parse(SampleReports.text(sample));
    }

    private static BigDecimal value(Report r, String table, String row, String column) {
        var cell = r.table(table).cell(row, column);
        return cell == null ? null : cell.value();
    }

    @Test
    void dushanziPipeLayout() {
        Report r = parse("dushanzi-urban-management-2021.txt");
        assertEquals("独山子区城市管理局", r.metadata().agency());
        assertEquals(2021, r.metadata().year());
        assertEquals("2021", r.metadata().template());
        assertEquals(new BigDecimal("146"), value(r, "table1", "permits", "decisions"));
        assertEquals(new BigDecimal("593"), value(r, "table1", "penalties", "decisions"));
        assertEquals(new BigDecimal("36.75"), value(r, "table1", "fees", "amount"));
        assertTrue(r.table2().rows().stream().allMatch(TableRow::found), "all 25 rows of Table 2");
        assertEquals(15, r.table3().rows().get(0).cells().values().stream().filter(c -> c != null).count());
        assertTrue(r.sections().stream().allMatch(s -> s.found()));
        assertTrue(r.proseFigures().stream().anyMatch(f -> f.kind().equals(ProseFigure.PERMITS)
                && f.value().intValue() == 146));
    }

    @Test
    void unnamedPipeLayoutWithTypoAndProseFigure() {
        Report r = parse("unnamed-bureau-2023.txt");
        assertNull(r.metadata().agency(), "the report never names its agency");
        assertEquals(2023, r.metadata().year());
        assertEquals(new BigDecimal("3"), value(r, "table2", "new_applications", "natural_person"));
        assertEquals(new BigDecimal("3"), value(r, "table2", "new_applications", "total"));
        assertEquals(new BigDecimal("1"), value(r, "table2", "granted", "total"));
        assertEquals(new BigDecimal("1"), value(r, "table2", "unavailable_not_held", "natural_person"));
        assertEquals(new BigDecimal("2"), value(r, "table2", "total_handled", "total"));
        assertEquals(new BigDecimal("1"), value(r, "table2", "carried_forward", "total"));
        TableRow typo = r.table2().row("withheld_internal_affairs");
        assertEquals(LabelMatch.TYPO, typo.labelMatch());
        assertEquals("5.属于三类内容事务信息", typo.labelAsWritten());
        assertTrue(r.proseFigures().stream().anyMatch(f -> f.kind().equals(ProseFigure.APPLICATIONS_RECEIVED)
                && f.value().intValue() == 2));
    }

    @Test
    void weibinTabLayoutWithEmptyArticle20TableAndMissingRows() {
        Report r = parse("weibin-urban-management-2022.txt");
        assertEquals("新乡市卫滨区城市管理局", r.metadata().agency());
        assertEquals("新乡市卫滨区", r.metadata().region());
        assertEquals(2022, r.metadata().year());
        assertTrue(r.table1().found(), "the Article 20 headers are there");
        assertTrue(r.table1().rows().stream().noneMatch(TableRow::found), "but none of its rows");
        assertTrue(r.table1().rows().stream().flatMap(row -> row.cells().values().stream()).allMatch(c -> c == null),
                "missing cells are null, never 0");
        assertFalse(r.table2().row("new_applications").found());
        assertFalse(r.table2().row("carried_over").found());
        assertTrue(r.table2().row("total_handled").found());
        assertFalse(r.section(3).found(), "the heading of section three is missing from the text");
        assertTrue(r.proseFigures().stream().anyMatch(f -> f.kind().equals(ProseFigure.NO_APPLICATIONS)));
        assertTrue(r.proseFigures().stream().anyMatch(f -> f.kind().equals(ProseFigure.PROACTIVE_ITEMS)
                && f.value().intValue() == 464));
    }

    @Test
    void wusuCellPerLineLayoutWithBookmarksOldLabelAndUnitInCell() {
        Report r = parse("wusu-urban-management-2023.txt");
        assertEquals("乌苏市城市管理局", r.metadata().agency());
        assertEquals(2023, r.metadata().year());
        assertEquals(new BigDecimal("1445"), value(r, "table1", "permits", "decisions"));
        assertEquals(new BigDecimal("122"), value(r, "table1", "penalties", "decisions"));
        var fee = r.table1().cell("fees", "amount");
        assertEquals(new BigDecimal("1186.37"), fee.value());
        assertEquals("万元", fee.unit());
        assertEquals("1186.37万元", fee.raw());
        assertEquals(LabelMatch.VARIANT, r.table1().row("normative_documents").labelMatch());
        assertEquals("规范性文件", r.table1().row("normative_documents").labelAsWritten());
        assertTrue(r.table2().rows().stream().allMatch(TableRow::found));
        assertTrue(r.parseNotes().isEmpty(), "no surplus cells: " + r.parseNotes());
        assertFalse(r.text().contains("[bookmark:") && r.section(1).text().contains("[bookmark:"),
                "export noise is not part of the section text");
    }

    @Test
    void textThatIsNoReportIsRecognisedAsNothing() {
        assertTrue(ReportParser.recognisesNothing(parser.parse("hello world\nthis is not a report\n")));
        assertFalse(ReportParser.recognisesNothing(parse("weibin-urban-management-2022.txt")));
    }
}
