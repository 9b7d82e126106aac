package ogi.contracts.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ogi.contracts.template.ReportTemplate.Each;
import ogi.contracts.template.ReportTemplate.SumSpec;
import ogi.contracts.template.ReportTemplate.TableSpec;

/** The arithmetic relations both shipped template files give (the audit's ARITH rules check them). */
class ReportTemplateTest {
    private static final List<String> APPLICANTS = List.of("natural_person", "commercial", "research",
            "social_welfare", "legal_service", "other_org");

    @ParameterizedTest
    @ValueSource(strings = { "2019", "2021" })
    void table2BalancesAndAddsUpItsResultsAndApplicants(String version) {
        TableSpec table2 = ReportTemplate.forVersion(version).table("table2");
        assertEquals(List.of(new SumSpec("balance", Each.COLUMN, List.of("new_applications", "carried_over"),
                List.of("total_handled", "carried_forward"))), table2.sums("balance"));
        assertEquals(List.of(new SumSpec("results_total", Each.COLUMN,
                table2.rows().stream().filter(ReportTemplate.RowSpec::results).map(ReportTemplate.RowSpec::key)
                        .toList(), List.of("total_handled"))), table2.sums("results_total"));
        assertEquals(List.of(new SumSpec("row_total", Each.ROW, APPLICANTS, List.of("total"))),
                table2.sums("row_total"));
        assertEquals(3, table2.sums().size());
    }

    @ParameterizedTest
    @ValueSource(strings = { "2019", "2021" })
    void table3AddsUpEachGroupsFourResults(String version) {
        TableSpec table3 = ReportTemplate.forVersion(version).table("table3");
        List<SumSpec> groups = table3.sums("group_total");
        assertEquals(List.of("review_total", "litigation_direct_total", "litigation_after_review_total"),
                groups.stream().map(s -> s.equals().get(0)).toList());
        for (SumSpec s : groups) {
            String group = table3.column(s.equals().get(0)).group();
            assertEquals(Each.ROW, s.each());
            assertEquals(List.of(group + "_upheld", group + "_corrected", group + "_other", group + "_pending"),
                    s.add(), "the results of " + group);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "2019", "2021" })
    void theResultRowsDifferByFormat(String version) {
        List<String> results = ReportTemplate.forVersion(version).table("table2").sums("results_total").get(0).add();
        assertEquals("2019".equals(version) ? List.of("other_processing")
                : List.of("other_no_correction", "other_fee_unpaid", "other_other"),
                results.subList(results.indexOf("not_processed_confirmation") + 1, results.size()));
    }
}
