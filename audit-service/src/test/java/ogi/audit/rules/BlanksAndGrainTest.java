package ogi.audit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ogi.audit.TestReports;
import ogi.contracts.event.Finding;
import ogi.contracts.event.RuleOutcome;
import ogi.contracts.event.RuleResult;
import ogi.contracts.event.Severity;
import ogi.contracts.report.Report;

/**
 * Issue 14, items 3, 4 and 7 on variations of the real sample reports (their golden parsed events, edited as the
 * agencies write them): a table left blank is one finding, blanks are one finding per row or column, the arithmetic
 * counts blanks as zero and says so, and the fee statement of section six is read in any wording, asked only of the
 * 2021 format.
 */
class BlanksAndGrainTest {
    private static final String ID = "a".repeat(64);
    private final RuleCatalogue catalogue = new RuleCatalogue();

    private static Report unnamed() {
        return TestReports.golden("unnamed-bureau-2023").report();
    }

    /** Every cell of the table whose raw text satisfies the test written blank (raw "", no value). */
    private static void blank(ObjectNode tree, String table, Predicate<JsonNode> which) {
        for (JsonNode row : tree.at("/" + table + "/rows")) {
            ObjectNode cells = (ObjectNode) row.get("cells");
            cells.fieldNames().forEachRemaining(c -> {
                JsonNode cell = cells.get(c);
                if (cell != null && !cell.isNull() && which.test(cell)) {
                    ((ObjectNode) cell).put("raw", "");
                    ((ObjectNode) cell).putNull("value");
                }
            });
        }
    }

    private static void blankCell(ObjectNode tree, String table, String row, String column) {
        for (JsonNode r : tree.at("/" + table + "/rows")) {
            if (r.get("key").asText().equals(row)) {
                ObjectNode cell = (ObjectNode) r.get("cells").get(column);
                cell.put("raw", "");
                cell.putNull("value");
            }
        }
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + "@" + f.location().key()).sorted().toList();
    }

    private Map<String, RuleResult> results(Report report) {
        return catalogue.run(ID, report, null).ruleResults().stream()
                .collect(Collectors.toMap(RuleResult::ruleId, Function.identity()));
    }

    @Test
    void tablesOneAndTwoLeftBlankAreOneFindingEach() {
        Report report = RuleCasesTest.edit(RuleCasesTest.clean(), r -> {
            blank(r, "table1", c -> true);
            blank(r, "table2", c -> true);
        });
        List<Finding> findings = catalogue.audit(ID, report);
        assertEquals(List.of("COMP-003@/table1//", "COMP-004@/table2//"), keys(findings));
        assertEquals(10, findings.get(0).cells().size(), "the Article 20 finding carries its ten cells");
        assertEquals(175, findings.get(1).cells().size(), "the Table 2 finding carries its 25 x 7 cells");
        Map<String, RuleResult> results = results(report);
        for (String rule : List.of("ARITH-001", "ARITH-002", "ARITH-003")) {
            assertEquals(RuleOutcome.NOT_ASSESSABLE, results.get(rule).outcome(), "nothing filled: " + rule);
        }
        assertEquals(RuleOutcome.PASSED, results.get("ARITH-004").outcome(), "Table 3 is filled");
    }

    @Test
    void zerosLeftBlankGiveOneFindingPerBlankColumnAndTheSumsStillRun() {
        Report report = RuleCasesTest.edit(unnamed(), r -> blank(r, "table2", c -> c.get("raw").asText().equals("0")));
        List<Finding> findings = catalogue.audit(ID, report);
        List<Finding> blanks = findings.stream().filter(f -> f.ruleId().equals("COMP-004")).toList();
        assertEquals(List.of("COMP-004@/table2//commercial", "COMP-004@/table2//legal_service",
                "COMP-004@/table2//natural_person", "COMP-004@/table2//other_org", "COMP-004@/table2//research",
                "COMP-004@/table2//social_welfare", "COMP-004@/table2//total"), keys(blanks));
        assertEquals(25, blanks.stream().filter(f -> "research".equals(f.location().column())).findFirst()
                .orElseThrow().cells().size());
        assertEquals(20, blanks.stream().filter(f -> "natural_person".equals(f.location().column())).findFirst()
                .orElseThrow().cells().size(), "the five filled cells of the column are not blank");
        assertEquals(List.of("COMP-006@//agency/", "PROSE-001@/table2/new_applications/total",
                "TPL-001@/table2/withheld_internal_affairs/"), keys(findings.stream()
                        .filter(f -> !f.ruleId().equals("COMP-004")).toList()), "the sample's own findings, no more");
        Map<String, RuleResult> results = results(report);
        for (String rule : List.of("ARITH-001", "ARITH-002", "ARITH-003")) {
            assertEquals(RuleOutcome.PASSED, results.get(rule).outcome(), rule + " ran with blanks as zero");
        }
    }

    @Test
    void aBlankCountedAsZeroThatBreaksASumIsReportedAndSaysSo() {
        Report report = RuleCasesTest.edit(unnamed(), r -> blankCell(r, "table2", "granted", "natural_person"));
        List<Finding> findings = catalogue.audit(ID, report);
        assertTrue(keys(findings).containsAll(List.of("ARITH-002@/table2/total_handled/natural_person",
                "ARITH-003@/table2/granted/total", "COMP-004@/table2/granted/")), keys(findings).toString());
        Finding rowTotal = findings.stream().filter(f -> f.ruleId().equals("ARITH-003")).findFirst().orElseThrow();
        assertTrue(rowTotal.messageZh().contains("空白单元格按0计"), rowTotal.messageZh());
        assertTrue(rowTotal.messageEn().contains("blank cells counted as zero"), rowTotal.messageEn());
        assertEquals("0", rowTotal.expected());
        assertEquals("1", rowTotal.actual());
        Finding blankRow = findings.stream().filter(f -> f.ruleId().equals("COMP-004")).findFirst().orElseThrow();
        assertEquals(1, blankRow.cells().size());
        assertEquals("natural_person", blankRow.cells().get(0).column());
    }

    @Test
    void aBlankTotalColumnInTheOlderFormatIsOneFindingNotOnePerRow() {
        Report old = TestReports.golden("older-format-2020").report();
        Report report = RuleCasesTest.edit(old, r -> {
            RuleCasesTest.set(r, "/table2/rows/0/cells/natural_person", "2", 2);
            RuleCasesTest.set(r, "/table2/rows/2/cells/natural_person", "1", 1);
            RuleCasesTest.set(r, "/table2/rows/12/cells/natural_person", "1", 1);
            RuleCasesTest.set(r, "/table2/rows/21/cells/natural_person", "2", 2);
            blank(r, "table2", c -> c.get("raw").asText().equals("0"));
        });
        List<Finding> findings = catalogue.audit(ID, report);
        assertEquals(List.of("COMP-004@/table2//commercial", "COMP-004@/table2//legal_service",
                "COMP-004@/table2//natural_person", "COMP-004@/table2//other_org", "COMP-004@/table2//research",
                "COMP-004@/table2//social_welfare", "COMP-004@/table2//total"), keys(findings));
        Finding total = findings.stream().filter(f -> "total".equals(f.location().column())).findFirst()
                .orElseThrow();
        assertEquals(23, total.cells().size(), "the 总计 column of every row");
        Map<String, RuleResult> results = results(report);
        assertEquals(RuleOutcome.PASSED, results.get("ARITH-001").outcome());
        assertEquals(RuleOutcome.PASSED, results.get("ARITH-002").outcome());
        assertEquals(RuleOutcome.NOT_ASSESSABLE, results.get("ARITH-003").outcome(),
                "no row total is given, so no row can be checked: " + results.get("ARITH-003"));
    }

    @Test
    void aBlankTable3IsOneFindingAndItsSumsAreNotAssessable() {
        Report report = RuleCasesTest.edit(RuleCasesTest.clean(), r -> blank(r, "table3", c -> true));
        List<Finding> findings = catalogue.audit(ID, report);
        assertEquals(List.of("COMP-005@/table3//"), keys(findings));
        assertEquals(15, findings.get(0).cells().size());
        assertEquals(RuleOutcome.NOT_ASSESSABLE, results(report).get("ARITH-004").outcome());
        assertEquals(RuleOutcome.PASSED, results(report).get("ARITH-001").outcome());
    }

    @Test
    void aWrittenWuIsABlankNotText() {
        Report report = RuleCasesTest.edit(RuleCasesTest.clean(), r -> {
            RuleCasesTest.set(r, "/table1/rows/0/cells/issued", "无", null);
            RuleCasesTest.set(r, "/table1/rows/0/cells/repealed", "无", null);
        });
        List<Finding> findings = catalogue.audit(ID, report);
        assertEquals(List.of("COMP-003@/table1/regulations/"), keys(findings));
        assertEquals(2, findings.get(0).cells().size());
    }

    @Test
    void allUpheldInProseAgainstAPendingCaseIsAContradiction() {
        Report report = RuleCasesTest.edit(RuleCasesTest.clean(), r -> {
            RuleCasesTest.set(r, "/table3/rows/0/cells/review_pending", "1", 1);
            RuleCasesTest.set(r, "/table3/rows/0/cells/review_total", "1", 1);
            ((ArrayNode) r.at("/proseFigures")).addObject().put("kind", "all_upheld").putNull("value")
                    .put("sentence", "本年度发生政府信息公开行政复议案件1件，均获维持").put("line", 3);
        });
        List<Finding> findings = catalogue.audit(ID, report);
        assertEquals(List.of("PROSE-002@/table3/cases/review_pending"), keys(findings));
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals(1, findings.get(0).cells().size());
    }

    @Test
    void proseRestatingResultsIsComparedWithTheirRows() {
        Report report = RuleCasesTest.edit(unnamed(), r -> {
            ArrayNode figures = (ArrayNode) r.at("/proseFigures");
            figures.addObject().put("kind", "granted").put("value", 1).put("sentence", "予以公开一件").put("line", 5);
            figures.addObject().put("kind", "unavailable").put("value", 2).put("sentence", "无法提供两件")
                    .put("line", 5);
            figures.addObject().put("kind", "carried_forward").put("value", 1).put("sentence", "结转下年度1件")
                    .put("line", 5);
        });
        List<Finding> findings = catalogue.audit(ID, report).stream().filter(f -> f.ruleId().equals("PROSE-001"))
                .toList();
        assertEquals(List.of("PROSE-001@/table2/new_applications/total",
                "PROSE-001@/table2/unavailable_not_held/total"), keys(findings));
        Finding unavailable = findings.stream().filter(f -> f.location().row().startsWith("unavailable")).findFirst()
                .orElseThrow();
        assertEquals("1", unavailable.expected());
        assertEquals("2", unavailable.actual());
        assertEquals(3, unavailable.cells().size(), "the three 无法提供 rows");
        assertTrue(unavailable.messageZh().contains("无法提供两件"), unavailable.messageZh());
    }

    @Test
    void theFeeStatementIsReadInAnyWording() {
        for (String six : List.of("本年度未收取信息处理费。", "本机关没有收取任何费用。", "2023年度未产生信息处理费。",
                "不存在收费情况。", "依申请公开均未收取费用。", "信息处理费为零。", "本年度收取信息处理费0元。")) {
            Report report = RuleCasesTest.edit(RuleCasesTest.clean(),
                    r -> ((ObjectNode) r.at("/sections/5")).put("text", six));
            assertEquals(List.of(), keys(catalogue.audit(ID, report)), six);
        }
        Report silent = RuleCasesTest.edit(RuleCasesTest.clean(),
                r -> ((ObjectNode) r.at("/sections/5")).put("text", "无。"));
        assertEquals(List.of("COMP-007@s6///"), keys(catalogue.audit(ID, silent)));
        Report for2020 = RuleCasesTest.edit(silent, r -> ((ObjectNode) r.at("/metadata")).put("year", 2020));
        assertEquals(List.of(), keys(catalogue.audit(ID, for2020)), "the 2019 format asks for no fee statement");
    }
}
