package ogi.parse.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.ibm.icu.text.Transliterator;

import ogi.contracts.report.ProseFigure;
import ogi.contracts.report.Report;
import ogi.contracts.report.ReportTable;

/**
 * Issue 14 (items 4 to 7) on variations of the real sample reports, made the way agencies write them: titles over
 * two lines or with the year first, agencies named only in the preamble or with a year before them, dates in Chinese
 * numerals, prose figures in Chinese numerals or approximate or about another year, zeros left blank, and the whole
 * report in traditional characters.
 */
class ReportVariationsTest {
    private final ReportParser parser = new ReportParser();

    private static String dushanzi() {
        return SampleReports.text("dushanzi-urban-management-2021.txt");
    }

    private static String unnamed() {
        return SampleReports.text("unnamed-bureau-2023.txt");
    }

    private static List<ProseFigure> figures(Report r, String kind) {
        return r.proseFigures().stream().filter(f -> f.kind().equals(kind)).toList();
    }

    // ---- metadata (item 6) ----

    @Test
    void aTitleSplitOverTwoLinesNamesTheAgency() {
        Report r = parser.parse("克拉玛依市独山子区城市管理局\n2021年度政府信息公开工作年度报告\n" + dushanzi());
        assertEquals("克拉玛依市独山子区城市管理局", r.metadata().agency());
        assertEquals(2021, r.metadata().year());
    }

    @Test
    void aTitleBrokenInsideItsWordsByThePageWidthNamesTheAgency() {
        String body = SampleReports.text("weibin-urban-management-2022.txt").replaceFirst(
                "新乡市卫滨区城市管理局2022年政府信息公开工作年度报告", "");
        for (String title : List.of("新乡市卫滨区城市管理局 2022 年政府信息\n公开工作年度报告",
                "新乡市卫滨区城市管理局 2022 年\n政府信息公开工作年度报告", "新乡市卫滨区城市管理局2022年政府\n信息公开工作年度报告")) {
            Report r = parser.parse(title + "\n" + body);
            assertEquals("新乡市卫滨区城市管理局", r.metadata().agency(), title);
            assertEquals(2022, r.metadata().year(), title);
        }
    }

    @Test
    void aTitleWithTheYearFirstNamesTheAgencyWithoutTheYear() {
        Report r = parser.parse("2021年度独山子区城市管理局政府信息公开工作年度报告\n" + dushanzi());
        assertEquals("独山子区城市管理局", r.metadata().agency());
        assertEquals(2021, r.metadata().year());
    }

    @Test
    void aYearPrefixIsNotPartOfTheAgency() {
        Report r = parser.parse("2019年乌苏市人民政府办公室政府信息公开工作年度报告\n" + dushanzi().replace("2021年", "2019年"));
        assertEquals("乌苏市人民政府办公室", r.metadata().agency());
        assertEquals(2019, r.metadata().year());
    }

    @Test
    void aTitleThatIsOnlyAYearNamesNoAgencyAndThePreambleDoes() {
        String text = "2023年度政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定，现公布乌苏市城市管理局"
                + "2023年度政府信息公开工作年度报告。\n" + unnamed();
        Report r = parser.parse(text);
        assertEquals("乌苏市城市管理局", r.metadata().agency());
        assertEquals(2023, r.metadata().year());
    }

    @Test
    void weIsNotAnAgencyName() {
        String text = "2023年度政府信息公开工作年度报告\n根据《条例》规定，现公布我局2023年度政府信息公开工作年度报告。\n"
                + unnamed();
        assertNull(parser.parse(text).metadata().agency());
    }

    @Test
    void theSignatureGivesAgencyAndDateInChineseNumerals() {
        Report r = parser.parse(unnamed() + "\n乌苏市城市管理局\n二〇二四年一月十五日\n");
        assertEquals("乌苏市城市管理局", r.metadata().agency());
        assertEquals(LocalDate.of(2024, 1, 15), r.metadata().publicationDate());
        Report arabic = parser.parse(unnamed() + "\n乌苏市城市管理局\n2024年1月15日\n");
        assertEquals(LocalDate.of(2024, 1, 15), arabic.metadata().publicationDate());
    }

    @Test
    void aPublicationLineGivesTheDate() {
        Report r = parser.parse("发布日期：2024-01-20\n" + unnamed());
        assertEquals(LocalDate.of(2024, 1, 20), r.metadata().publicationDate());
        Report time = parser.parse("发布时间：2024年01月22日 10:30\n" + unnamed());
        assertEquals(LocalDate.of(2024, 1, 22), time.metadata().publicationDate());
    }

    @Test
    void oneAgencyWithOrWithoutItsPrefectureHasOneKey() {
        Report shortName = parser.parse(dushanzi());
        Report longName = parser.parse("克拉玛依市独山子区城市管理局2021年政府信息公开工作年度报告\n" + dushanzi());
        assertEquals("独山子区城市管理局", shortName.metadata().agency());
        assertEquals("克拉玛依市独山子区城市管理局", longName.metadata().agency());
        assertEquals("650202:城市管理局", shortName.metadata().agencyKey());
        assertEquals(shortName.metadata().agencyKey(), longName.metadata().agencyKey());
        Report other = parser.parse("克拉玛依市独山子区人民政府2021年政府信息公开工作年度报告\n" + dushanzi());
        assertNotEquals(shortName.metadata().agencyKey(), other.metadata().agencyKey());
    }

    // ---- prose (item 5) ----

    @Test
    void proseFiguresInChineseNumeralsAreRead() {
        String text = unnamed().replace("本年度,共受理政府信息公开申请2件,都在法定期限内予以答复。",
                "本年度,共受理政府信息公开申请三件,其中予以公开一件,无法提供一件,结转下年度继续办理一件。"
                        + "全年主动公开政府信息一百零五条。本年度发生政府信息公开行政复议案件两件,均获维持。");
        Report r = parser.parse(text);
        assertEquals(List.of(new BigDecimal(3)), figures(r, ProseFigure.APPLICATIONS_RECEIVED).stream()
                .map(ProseFigure::value).toList());
        assertEquals(new BigDecimal(1), figures(r, ProseFigure.GRANTED).get(0).value());
        assertEquals(new BigDecimal(1), figures(r, ProseFigure.UNAVAILABLE).get(0).value());
        assertEquals(new BigDecimal(1), figures(r, ProseFigure.CARRIED_FORWARD).get(0).value());
        assertEquals(new BigDecimal(105), figures(r, ProseFigure.PROACTIVE_ITEMS).get(0).value());
        assertEquals(new BigDecimal(2), figures(r, ProseFigure.REVIEW_CASES).get(0).value());
        assertEquals(1, figures(r, ProseFigure.ALL_UPHELD).size());
        assertEquals(new BigDecimal(23), figures(parser.parse(unnamed().replace("申请2件", "申请二十三件")),
                ProseFigure.APPLICATIONS_RECEIVED).get(0).value());
    }

    @Test
    void durationsAndProactiveDisclosureAreNotRestatedCounts() {
        Report r = parser.parse(unnamed().replace("都在法定期限内予以答复",
                "平均答复时间为5个工作日,主动予以公开政府信息30条,行政许可办理时限压缩至3个工作日"));
        assertTrue(figures(r, ProseFigure.GRANTED).isEmpty(), r.proseFigures().toString());
        assertTrue(figures(r, ProseFigure.PERMITS).isEmpty(), r.proseFigures().toString());
        assertEquals(List.of(new BigDecimal(2)), figures(r, ProseFigure.APPLICATIONS_RECEIVED).stream()
                .map(ProseFigure::value).toList());
    }

    @Test
    void carriedOverIsNotAnotherYear() {
        Report r = parser.parse(unnamed().replace("都在法定期限内予以答复", "上年结转政府信息公开申请0件"));
        assertEquals(new BigDecimal(2), figures(r, ProseFigure.APPLICATIONS_RECEIVED).get(0).value());
        assertEquals(BigDecimal.ZERO, figures(r, ProseFigure.CARRIED_OVER).get(0).value());
    }

    @Test
    void grantedInFullOrInPartIsOneFigure() {
        Report r = parser.parse(unnamed().replace("都在法定期限内予以答复", "予以公开及部分公开2件"));
        assertEquals(new BigDecimal(2), figures(r, ProseFigure.GRANTED_OR_PARTIAL).get(0).value());
        assertTrue(figures(r, ProseFigure.GRANTED).isEmpty(), "not read as 予以公开 alone");
    }

    @Test
    void approximateFiguresAreNotRead() {
        for (String approx : List.of("申请约2件", "申请2件左右", "申请20余件", "申请20多件")) {
            Report r = parser.parse(unnamed().replace("申请2件", approx));
            assertTrue(figures(r, ProseFigure.APPLICATIONS_RECEIVED).isEmpty(), approx);
        }
    }

    @Test
    void figuresAboutAnotherYearOrAPartAreNotRead() {
        for (String other : List.of("上年度共受理政府信息公开申请5件", "2022年共受理政府信息公开申请5件",
                "共受理政府信息公开申请3件,其中网上收到申请2件", "较上年受理政府信息公开申请增加2件")) {
            Report r = parser.parse(unnamed().replace("本年度,共受理政府信息公开申请2件", other));
            List<BigDecimal> values = figures(r, ProseFigure.APPLICATIONS_RECEIVED).stream().map(ProseFigure::value)
                    .toList();
            assertTrue(values.isEmpty() || values.equals(List.of(new BigDecimal(3))), other + ": " + values);
        }
    }

    // ---- blanks (item 4) ----

    @Test
    void zerosLeftBlankStayInTheirColumns() {
        String text = unnamed().replace("| (一)予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
                "| (一)予以公开 |  | 1 |  |  |  |  | 1 |");
        assertNotEquals(unnamed(), text, "the row is rewritten");
        ReportTable t2 = parser.parse(text).table2();
        assertNull(t2.cell("granted", "natural_person").value(), "a blank first cell is kept, not skipped");
        assertEquals("", t2.cell("granted", "natural_person").raw());
        assertEquals(new BigDecimal(1), t2.cell("granted", "commercial").value());
        assertEquals(new BigDecimal(1), t2.cell("granted", "total").value());
    }

    @Test
    void tablesLeftBlankAreReadAsBlankCellsOfRowsThatAreThere() {
        String text = unnamed();
        int from = text.indexOf("二、主动公开政府信息情况");
        int to = text.indexOf("四、政府信息公开行政复议");
        String blanked = text.substring(0, from)
                + text.substring(from, to).replaceAll("\\|\\s*\\d+(?:\\.\\d+)?\\s*(?=\\|)", "|  ")
                + text.substring(to);
        Report r = parser.parse(blanked);
        for (ReportTable t : List.of(r.table1(), r.table2())) {
            assertTrue(t.found(), t.id());
            assertTrue(t.rows().stream().allMatch(row -> row.found()), t.id() + ": every row is there");
            assertTrue(t.rows().stream().flatMap(row -> row.cells().values().stream())
                    .allMatch(c -> c == null || c.value() == null), t.id() + ": no number, never 0");
        }
        assertEquals(new BigDecimal(0), r.table3().cell("cases", "review_total").value(), "Table 3 untouched");
    }

    // ---- traditional characters and ruby noise (item 7) ----

    @Test
    void aReportInTraditionalCharactersParsesToTheSameCells() {
        for (String sample : ReportParserGoldenTest.SAMPLES) {
            String simplified = SampleReports.text(sample);
            String traditional = Transliterator.getInstance("Simplified-Traditional").transliterate(simplified);
            assertNotEquals(simplified, traditional);
            assertTrue(Simplified.isTraditional(traditional), sample);
            Report s = parser.parse(simplified);
            Report t = parser.parse(traditional);
            assertFalse(ReportParser.recognisesNothing(t), sample + " is recognised as a report");
            for (String table : List.of("table1", "table2", "table3")) {
                assertEquals(s.table(table).found(), t.table(table).found(), sample + " " + table);
                s.table(table).rows().forEach(row -> assertEquals(row.cells(),
                        t.table(table).row(row.key()).cells(), sample + " " + table + " " + row.key()));
            }
            assertEquals(s.metadata().agency(), t.metadata().agency(), sample);
            assertEquals(s.metadata().year(), t.metadata().year(), sample);
            assertEquals(s.sections().stream().map(x -> x.found()).toList(),
                    t.sections().stream().map(x -> x.found()).toList(), sample);
        }
    }

    @Test
    void aSimplifiedReportIsNotConverted() {
        for (String sample : ReportParserGoldenTest.SAMPLES) {
            assertFalse(Simplified.isTraditional(SampleReports.text(sample)), sample);
        }
    }

    @Test
    void pinyinAfterCharactersIsStripped() {
        assertEquals("經濟", Simplified.of("經(jīng)濟(jì)"));
        assertEquals("政府信息公开工作年度报告经济发展", Simplified.of("政府信(xìn)息公開工作年度報(bào)告經(jīng)濟(jì)發展"));
        assertEquals("行政许可(一)", Simplified.of("行政许可(一)"), "a numbering in parentheses is not pinyin");
    }
}
