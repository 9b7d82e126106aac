package ogi.audit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ogi.contracts.event.Finding;
import ogi.contracts.report.Report;

/**
 * Layouts of real published reports (淮安市洪泽区人民政府 2023 and 2024, see parse-service's fixtures/real), applied to
 * the Dushanzi sample's golden parsed event: a 2021 Table 2 that keeps the older one-row （六）其他处理 is one
 * conformity finding (TPL-001), not three missing rows, and its row counts in the arithmetic; a label with all the
 * template's words and a neighbouring cell's text run into it is not a wording difference.
 */
class RealLayoutsTest {
    private static final String ID = "b".repeat(64);
    private static final List<String> SUB_ROWS = List.of("other_no_correction", "other_fee_unpaid", "other_other");
    private final RuleCatalogue catalogue = new RuleCatalogue();

    private static int rowIndex(ObjectNode tree, String key) {
        ArrayNode rows = (ArrayNode) tree.at("/table2/rows");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get("key").asText().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key);
    }

    /** The Dushanzi report as the Hongze reports write Table 2: （六）其他处理 one row, its value given. */
    static Report oneRowOtherProcessing(int otherProcessing, int totalHandled) {
        return RuleCasesTest.edit(RuleCasesTest.clean(), tree -> {
            ArrayNode rows = (ArrayNode) tree.at("/table2/rows");
            ObjectNode one = rows.get(rowIndex(tree, "other_no_correction")).deepCopy();
            for (String key : SUB_ROWS) {
                ObjectNode row = (ObjectNode) rows.get(rowIndex(tree, key));
                row.put("found", false);
                row.putNull("labelAsWritten");
                row.putNull("labelMatch");
                row.putNull("line");
                row.putNull("order");
                ObjectNode cells = (ObjectNode) row.get("cells");
                List<String> names = new java.util.ArrayList<>();
                cells.fieldNames().forEachRemaining(names::add);
                names.forEach(cells::putNull);
            }
            one.put("key", "other_processing");
            one.put("label", "（六）其他处理");
            one.put("labelAsWritten", "（六）其他处理");
            one.put("labelMatch", "VARIANT");
            rows.insert(rowIndex(tree, "total_handled"), one);
            setCount(tree, "other_processing", otherProcessing);
            setCount(tree, "total_handled", totalHandled);
            setCount(tree, "carried_over", otherProcessing);
        });
    }

    private static void setCount(ObjectNode tree, String row, int n) {
        String base = "/table2/rows/" + rowIndex(tree, row) + "/cells/";
        RuleCasesTest.set(tree, base + "natural_person", String.valueOf(n), n);
        RuleCasesTest.set(tree, base + "total", String.valueOf(n), n);
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + "@" + f.location().key()).sorted().toList();
    }

    @Test
    void oneRowOtherProcessingIsAConformityFindingNotMissingRows() {
        List<Finding> findings = catalogue.audit(ID, oneRowOtherProcessing(0, 0));
        assertEquals(List.of("TPL-001@/table2/other_processing/"), keys(findings));
        Finding f = findings.get(0);
        assertEquals("WARNING", f.severity().name());
        assertTrue(f.messageZh().contains("一行"), f.messageZh());
        assertEquals("（六）其他处理", f.location().rowLabel());
    }

    @Test
    void oneRowOtherProcessingCountsInTheResultsTotal() {
        assertEquals(List.of("TPL-001@/table2/other_processing/"),
                keys(catalogue.audit(ID, oneRowOtherProcessing(2, 2))), "2 = 2: balanced");
        List<String> unbalanced = keys(catalogue.audit(ID, oneRowOtherProcessing(2, 0)));
        assertTrue(unbalanced.contains("ARITH-002@/table2/total_handled/natural_person"), unbalanced.toString());
        assertTrue(unbalanced.contains("ARITH-002@/table2/total_handled/total"), unbalanced.toString());
    }

    @Test
    void oneRowOtherProcessingHasItsRowTotalChecked() {
        Report report = RuleCasesTest.edit(oneRowOtherProcessing(2, 2), tree -> RuleCasesTest.set(tree,
                "/table2/rows/" + rowIndex(tree, "other_processing") + "/cells/total", "3", 3));
        assertTrue(keys(catalogue.audit(ID, report)).contains("ARITH-003@/table2/other_processing/total"));
    }

    @Test
    void labelWithTheTemplatesWordsAndANeighboursTextIsNoWordingDifference() {
        Report report = RuleCasesTest.edit(RuleCasesTest.clean(), tree -> {
            ObjectNode row = (ObjectNode) tree.at("/table2/rows/" + rowIndex(tree, "unavailable_not_held"));
            row.put("labelAsWritten", "1.本机关不掌握相关政府信息（四）无");
            row.put("labelMatch", "VARIANT");
        });
        assertEquals(List.of(), keys(catalogue.audit(ID, report)));
        Report typo = RuleCasesTest.edit(RuleCasesTest.clean(), tree -> {
            ObjectNode row = (ObjectNode) tree.at("/table2/rows/" + rowIndex(tree, "withheld_prohibited_by_law"));
            row.put("labelAsWritten", "2.其他法律行政止公开");
            row.put("labelMatch", "TYPO");
        });
        assertEquals(List.of("TPL-001@/table2/withheld_prohibited_by_law/"), keys(catalogue.audit(ID, typo)),
                "a label with characters missing is still said");
    }
}
