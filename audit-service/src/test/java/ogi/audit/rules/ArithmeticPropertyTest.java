package ogi.audit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ogi.contracts.event.Finding;
import ogi.contracts.report.Report;
import ogi.contracts.template.ReportTemplate;
import ogi.contracts.template.ReportTemplate.RowSpec;

/**
 * Property over seeded generated reports: Tables 2 and 3 filled with consistent random numbers pass every
 * arithmetic rule; changing any single cell of them is caught by a finding that names that cell among the cells it
 * read.
 */
class ArithmeticPropertyTest {
    private static final String ID = "f".repeat(64);
    private static final List<String> APPLICANTS = List.of("natural_person", "commercial", "research",
            "social_welfare", "legal_service", "other_org");
    private final RuleCatalogue catalogue = new RuleCatalogue();
    private final ReportTemplate template = ReportTemplate.v2021();

    private Report consistent(Random random) {
        return RuleCasesTest.edit(RuleCasesTest.clean(), tree -> {
            List<RowSpec> rows = template.table("table2").rows();
            int[][] t2 = new int[rows.size()][7];
            for (int c = 0; c < 6; c++) {
                int handled = 0;
                for (int r = 0; r < rows.size(); r++) {
                    if (rows.get(r).results()) {
                        t2[r][c] = random.nextInt(4);
                        handled += t2[r][c];
                    }
                }
                int forward = random.nextInt(4);
                int over = random.nextInt(Math.min(3, handled + forward) + 1);
                t2[index(rows, "total_handled")][c] = handled;
                t2[index(rows, "carried_forward")][c] = forward;
                t2[index(rows, "carried_over")][c] = over;
                t2[index(rows, "new_applications")][c] = handled + forward - over;
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < 6; c++) {
                    t2[r][6] += t2[r][c];
                }
                for (int c = 0; c < 7; c++) {
                    String column = c < 6 ? APPLICANTS.get(c) : "total";
                    RuleCasesTest.set(tree, "/table2/rows/" + r + "/cells/" + column, String.valueOf(t2[r][c]), t2[r][c]);
                }
            }
            for (String group : List.of("review", "litigation_direct", "litigation_after_review")) {
                int total = 0;
                for (String result : List.of("upheld", "corrected", "other", "pending")) {
                    int v = random.nextInt(3);
                    total += v;
                    RuleCasesTest.set(tree, "/table3/rows/0/cells/" + group + "_" + result, String.valueOf(v), v);
                }
                RuleCasesTest.set(tree, "/table3/rows/0/cells/" + group + "_total", String.valueOf(total), total);
            }
            ((ObjectNode) tree).set("proseFigures", tree.arrayNode());
        });
    }

    private static int index(List<RowSpec> rows, String key) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void consistentNumbersPassAndEverySingleChangeIsCaughtAtItsCell(int seed) {
        Report report = consistent(new Random(seed));
        List<Finding> clean = catalogue.audit(ID, report);
        assertEquals(List.of(), clean.stream().filter(f -> f.category().equals("arithmetic")).toList());

        List<String> cells = new ArrayList<>();
        template.table("table2").rows().forEach(r -> r.columns().forEach(c -> cells.add("table2/" + r.key() + "/" + c)));
        template.table("table3").columns().forEach(c -> cells.add("table3/cases/" + c.key()));
        List<String> rowKeys = template.table("table2").rows().stream().map(RowSpec::key).toList();
        for (String cell : cells) {
            String[] p = cell.split("/");
            String path = p[0].equals("table2")
                    ? "/table2/rows/" + rowKeys.indexOf(p[1]) + "/cells/" + p[2]
                    : "/table3/rows/0/cells/" + p[2];
            Report changed = RuleCasesTest.edit(report, tree -> {
                double v = tree.at(path + "/value").asDouble() + 1;
                RuleCasesTest.set(tree, path, String.valueOf((int) v), v);
            });
            List<Finding> findings = catalogue.audit(ID, changed);
            assertTrue(findings.stream().anyMatch(f -> f.category().equals("arithmetic")
                    && f.cells().stream().anyMatch(l -> l.isCell(p[0], p[1], p[2]))),
                    "seed " + seed + ": a change of " + cell + " is not caught at that cell");
        }
    }
}
