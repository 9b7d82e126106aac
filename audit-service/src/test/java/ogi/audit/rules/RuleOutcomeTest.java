package ogi.audit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ogi.audit.TestReports;
import ogi.contracts.event.RuleOutcome;
import ogi.contracts.event.RuleResult;
import ogi.contracts.report.Report;

/** Every rule says passed, failed, or not assessable with what stopped it, on real (edited) sample reports. */
class RuleOutcomeTest {
    private static final String ID = "f".repeat(64);
    private final RuleCatalogue catalogue = new RuleCatalogue();

    private Map<String, RuleResult> results(Report report, Report previous) {
        return catalogue.run(ID, report, previous).ruleResults().stream()
                .collect(Collectors.toMap(RuleResult::ruleId, Function.identity()));
    }

    @Test
    void aCorrectReportPassesEveryRuleItCanAssessAndSaysWhichNeedLastYear() {
        Map<String, RuleResult> results = results(RuleCasesTest.clean(), null);
        assertEquals(catalogue.rules().size(), results.size(), "a result for every rule");
        results.values().forEach(r -> assertTrue(r.outcome() != RuleOutcome.FAILED, r.toString()));
        RuleResult carryOver = results.get("YEAR-001");
        assertEquals(RuleOutcome.NOT_ASSESSABLE, carryOver.outcome(), "no previous year to compare with");
        assertEquals(java.util.List.of("previous-year"), carryOver.missing());
        assertEquals(RuleOutcome.PASSED, results.get("ARITH-003").outcome());

        Report previous = TestReports.golden("dushanzi-urban-management-2021").report();
        assertTrue(results(RuleCasesTest.clean(), previous).get("YEAR-001").outcome() != RuleOutcome.NOT_ASSESSABLE,
                "with last year's report the carry-over can be checked");
    }

    @Test
    void aCellWithTextMakesTheSumsThatNeedItNotAssessableAndSaysWhichCell() {
        Report report = RuleCasesTest.edit(RuleCasesTest.clean(), r -> {
            ObjectNode cell = (ObjectNode) r.at("/table3/rows/0/cells/review_total");
            cell.put("raw", "若干");
            cell.putNull("value");
        });
        String row = report.table("table3").rows().get(0).key();
        Map<String, RuleResult> results = results(report, null);
        RuleResult groupTotal = results.get("ARITH-004");
        assertEquals(RuleOutcome.NOT_ASSESSABLE, groupTotal.outcome(), groupTotal.toString());
        assertTrue(groupTotal.missing().contains("table3/" + row + "/review_total"), groupTotal.missing().toString());
    }

    @Test
    void aRuleWithFindingsFailedAndCountsThem() {
        Report report = RuleCasesTest.edit(RuleCasesTest.clean(),
                r -> RuleCasesTest.set(r, "/table2/rows/5/cells/total", "2", 2));
        RuleResult total = results(report, null).get("ARITH-003");
        assertEquals(RuleOutcome.FAILED, total.outcome());
        assertTrue(total.findings() > 0);
        assertEquals(java.util.List.of(), total.missing());
    }
}
