package ogi.audit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ogi.audit.TestReports;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.report.Report;

/**
 * Each rule fires on a case built for it and stays silent on a correct report. The correct report is the Dushanzi
 * 2021 sample (golden parsed event) with a sentence on fees added to section six; each case changes it as a faulty
 * report would be.
 */
class RuleCasesTest {
    private static final String ID = "e".repeat(64);
    private final RuleCatalogue catalogue = new RuleCatalogue();

    static Report clean() {
        return edit(TestReports.golden("dushanzi-urban-management-2021").report(),
                r -> ((ObjectNode) r.at("/sections/5")).put("text", "本年度未收取信息处理费。"));
    }

    /** The report with its JSON form edited, as the parser would have emitted a different document. */
    static Report edit(Report report, Consumer<ObjectNode> change) {
        ObjectNode tree = EventJson.mapper().valueToTree(report);
        change.accept(tree);
        return EventJson.mapper().convertValue(tree, Report.class);
    }

    static void set(ObjectNode tree, String cellPath, String raw, Number value) {
        ObjectNode cell = (ObjectNode) tree.at(cellPath);
        cell.put("raw", raw);
        if (value == null) {
            cell.putNull("value");
        } else {
            cell.put("value", value.doubleValue());
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("COMP-001", (Consumer<ObjectNode>) r -> ((ObjectNode) r.at("/sections/1")).put("found", false)),
                Arguments.of("COMP-002", (Consumer<ObjectNode>) r -> ((ObjectNode) r.at("/table3")).put("found", false)),
                Arguments.of("COMP-003", (Consumer<ObjectNode>) r -> r.at("/table1/rows").forEach(row -> {
                    ((ObjectNode) row).put("found", false);
                    row.get("cells").fieldNames().forEachRemaining(c -> ((ObjectNode) row.get("cells")).putNull(c));
                })),
                Arguments.of("COMP-004", (Consumer<ObjectNode>) r -> ((ObjectNode) r.at("/table2/rows/1")).put("found", false)),
                Arguments.of("COMP-005", (Consumer<ObjectNode>) r -> ((ObjectNode) r.at("/table3/rows/0/cells")).putNull("review_total")),
                Arguments.of("COMP-006", (Consumer<ObjectNode>) r -> ((ObjectNode) r.at("/metadata")).putNull("agency")),
                Arguments.of("COMP-007", (Consumer<ObjectNode>) r -> ((ObjectNode) r.at("/sections/5")).put("text", "无。")),
                Arguments.of("ARITH-001", (Consumer<ObjectNode>) r -> {
                    set(r, "/table2/rows/0/cells/research", "1", 1);
                    set(r, "/table2/rows/0/cells/total", "1", 1);
                }),
                Arguments.of("ARITH-002", (Consumer<ObjectNode>) r -> set(r, "/table2/rows/23/cells/other_org", "1", 1)),
                Arguments.of("ARITH-003", (Consumer<ObjectNode>) r -> set(r, "/table2/rows/5/cells/total", "2", 2)),
                Arguments.of("ARITH-004", (Consumer<ObjectNode>) r -> set(r, "/table3/rows/0/cells/review_total", "1", 1)),
                Arguments.of("VAL-001", (Consumer<ObjectNode>) r -> set(r, "/table1/rows/0/cells/issued", "若干", null)),
                Arguments.of("VAL-002", (Consumer<ObjectNode>) r -> ((ObjectNode) r.at("/table1/rows/5/cells/amount")).put("unit", "万元")),
                Arguments.of("PROSE-001", (Consumer<ObjectNode>) r -> ((ArrayNode) r.at("/proseFigures")).addObject()
                        .put("kind", "applications_received").put("value", 4).put("sentence", "共受理政府信息公开申请4件")),
                Arguments.of("PROSE-002", (Consumer<ObjectNode>) r -> {
                    set(r, "/table2/rows/0/cells/natural_person", "2", 2);
                    set(r, "/table2/rows/0/cells/total", "2", 2);
                }),
                Arguments.of("TPL-001", (Consumer<ObjectNode>) r -> ((ObjectNode) r.at("/table2/rows/8"))
                        .put("labelMatch", "TYPO").put("labelAsWritten", "5.属于三类内容事务信息")),
                Arguments.of("TPL-002", (Consumer<ObjectNode>) r -> ((ObjectNode) r.at("/metadata")).put("template", "2019")),
                Arguments.of("TPL-003", (Consumer<ObjectNode>) r -> {
                    ((ObjectNode) r.at("/table2/rows/23")).put("order", 2);
                    ((ObjectNode) r.at("/table2/rows/1")).put("order", 24);
                }),
                Arguments.of("TIME-001", (Consumer<ObjectNode>) r -> ((ObjectNode) r.at("/metadata"))
                        .put("publicationDate", "2022-02-10")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRuleFiresOnItsCase(String ruleId, Consumer<ObjectNode> fault) {
        List<Finding> findings = catalogue.audit(ID, edit(clean(), fault));
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals(ruleId)), ruleId + " silent on its case: "
                + findings.stream().map(Finding::ruleId).toList());
    }

    @Test
    void aCorrectReportRaisesNothing() {
        assertEquals(List.of(), catalogue.audit(ID, clean()));
    }

    @Test
    void everyRuleHasACase() {
        List<String> covered = cases().map(a -> (String) a.get()[0]).toList();
        for (AuditRule rule : catalogue.rules()) {
            assertTrue(covered.contains(rule.id()) || rule.id().startsWith("YEAR-") || rule.id().equals("PROSE-003")
                    || rule.id().equals("PROSE-004"),
                    rule.id() + " needs a case here (YEAR rules and PROSE-003 are covered with a previous year in "
                            + "RuleCatalogueTest, PROSE-004 with another agency's report in copying/CopyDetectorTest)");
        }
        assertFalse(covered.isEmpty());
    }

}
