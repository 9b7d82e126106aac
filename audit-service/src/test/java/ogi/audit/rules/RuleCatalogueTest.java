package ogi.audit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import ogi.audit.TestReports;
import ogi.contracts.event.Finding;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.report.Cell;
import ogi.contracts.report.Report;
import ogi.contracts.report.ReportTable;
import ogi.contracts.report.TableRow;

/**
 * Real: the golden parsed events of the four sample reports (the parse service's output, checked by hand). The
 * expected findings were established by reading the source reports; a report without a problem must raise none.
 */
class RuleCatalogueTest {
    private final RuleCatalogue catalogue = new RuleCatalogue();

    private List<Finding> audit(String sample) {
        ParsedReportEvent e = TestReports.golden(sample);
        return catalogue.audit(e.documentId(), e.report());
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + (f.location().row() == null ? "" : ":" + f.location().row()))
                .sorted().toList();
    }

    @Test
    void weibinHasItsEmptyArticle20TableItsMissingRowsAndItsMissingSectionThree() {
        List<Finding> findings = audit("weibin-urban-management-2022");
        assertEquals(List.of("COMP-001", "COMP-003", "COMP-004:carried_over", "COMP-004:new_applications"),
                ids(findings));
        Finding empty = findings.stream().filter(f -> f.ruleId().equals("COMP-003")).findFirst().orElseThrow();
        assertEquals("table1", empty.location().table());
        assertFalse(findings.stream().anyMatch(f -> f.ruleId().equals("ARITH-001")),
                "the balance cannot be checked without rows 一 and 二, so it is not reported as failed");
    }

    @Test
    void unnamedProseContradictsTable2AndItsTypoIsFlagged() {
        List<Finding> findings = audit("unnamed-bureau-2023");
        assertEquals(List.of("COMP-006:agency", "PROSE-001:new_applications", "TPL-001:withheld_internal_affairs"),
                ids(findings));
        Finding prose = findings.stream().filter(f -> f.ruleId().equals("PROSE-001")).findFirst().orElseThrow();
        assertEquals("3", prose.expected());
        assertEquals("2", prose.actual());
    }

    @Test
    void wusuOldLabelFeeUnitAndSilentSectionSix() {
        assertEquals(List.of("COMP-007", "TPL-001:normative_documents", "VAL-002:fees"),
                ids(audit("wusu-urban-management-2023")));
    }

    @Test
    void dushanziOnlyLacksTheFeeStatement() {
        assertEquals(List.of("COMP-007"), ids(audit("dushanzi-urban-management-2021")));
    }

    @Test
    void anUnbalancedTable2IsFoundInTheColumnThatBreaksAndNowhereElse() {
        ParsedReportEvent e = TestReports.golden("dushanzi-urban-management-2021");
        Report changed = TestReports.withCell(e.report(), "table2", "new_applications", "natural_person", "4");
        List<Finding> findings = catalogue.audit(e.documentId(), changed);
        List<Finding> balance = findings.stream().filter(f -> f.ruleId().equals("ARITH-001")).toList();
        assertEquals(1, balance.size());
        assertEquals("natural_person", balance.get(0).location().column());
        assertEquals("4", balance.get(0).expected());
        assertEquals("0", balance.get(0).actual());
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("ARITH-003")
                && "new_applications".equals(f.location().row())), "and the row total no longer adds up");
    }

    @Test
    void theOlderFormatIsAuditedInItsOwnTermsAndFlaggedOnlyWhenUsedFor2021OrLater() {
        ParsedReportEvent old = TestReports.golden("older-format-2020");
        List<Finding> findings = catalogue.audit(old.documentId(), old.report());
        assertEquals(List.of(), ids(findings), "a 2020 report in the 2019 format is fine, and its format asks "
                + "for no fee statement in section six");

        var m = old.report().metadata();
        Report for2021 = new Report(new ogi.contracts.report.ReportMetadata(m.agency(), m.region(), 2021,
                m.publicationDate(), m.template()), old.report().sections(), old.report().table1(),
                old.report().table2(), old.report().table3(), old.report().proseFigures(), old.report().parseNotes(),
                old.report().text());
        assertTrue(ids(catalogue.audit(old.documentId(), for2021)).contains("TPL-002"));
    }

    @Test
    void lastYearsCarriedForwardMustBeThisYearsCarriedOver() {
        ParsedReportEvent lastYear = TestReports.golden("unnamed-bureau-2023");
        ParsedReportEvent thisYear = TestReports.asYear(lastYear, "b".repeat(64), 2024);
        thisYear = TestReports.withCell(thisYear, "table2", "carried_over", "natural_person", "1");
        thisYear = TestReports.withCell(thisYear, "table2", "carried_over", "total", "1");
        assertFalse(ids(catalogue.audit(thisYear.documentId(), thisYear.report(), lastYear.report()))
                .stream().anyMatch(id -> id.startsWith("YEAR-001")), "2023 forwards 1 (natural persons), 2024 takes 1");

        thisYear = TestReports.withCell(thisYear, "table2", "carried_over", "natural_person", "0");
        List<Finding> findings = catalogue.audit(thisYear.documentId(), thisYear.report(), lastYear.report());
        List<Finding> carry = findings.stream().filter(f -> f.ruleId().equals("YEAR-001")).toList();
        assertEquals(1, carry.size(), ids(findings).toString());
        assertEquals("natural_person", carry.get(0).location().column());
        assertEquals("1", carry.get(0).expected());
        assertEquals("0", carry.get(0).actual());
        assertTrue(catalogue.audit(thisYear.documentId(), thisYear.report()).stream()
                .noneMatch(f -> f.ruleId().equals("YEAR-001")), "without last year's report nothing is compared");
    }

    @Test
    void documentsInForceFollowFromLastYearPlusIssuedMinusRepealed() {
        ParsedReportEvent lastYear = TestReports.golden("dushanzi-urban-management-2021");
        ParsedReportEvent thisYear = TestReports.asYear(lastYear, "c".repeat(64), 2022);
        thisYear = TestReports.withCell(thisYear, "table1", "normative_documents", "issued", "2");
        thisYear = TestReports.withCell(thisYear, "table1", "normative_documents", "in_force", "1");
        List<Finding> findings = catalogue.audit(thisYear.documentId(), thisYear.report(), lastYear.report());
        Finding f = findings.stream().filter(x -> x.ruleId().equals("YEAR-002")).findFirst().orElseThrow();
        assertEquals("normative_documents", f.location().row());
        assertEquals("2", f.expected());
        assertEquals("1", f.actual());
        thisYear = TestReports.withCell(thisYear, "table1", "normative_documents", "in_force", "2");
        assertFalse(ids(catalogue.audit(thisYear.documentId(), thisYear.report(), lastYear.report()))
                .contains("YEAR-002:normative_documents"));
    }

    @Test
    void aReportThatCopiesLastYearsProseIsWarnedAndOneInItsOwnWordsIsNot() {
        ParsedReportEvent lastYear = TestReports.golden("dushanzi-urban-management-2021");
        ParsedReportEvent copied = TestReports.asYear(lastYear, "d".repeat(64), 2022);
        copied = TestReports.withCell(copied, "table1", "normative_documents", "issued", "7");
        var reuse = ogi.contracts.report.ProseReuse.of(copied.report(), lastYear.report());
        assertEquals(1.0, reuse.overall(), "the same prose, figures aside");
        Finding warning = catalogue.audit(copied.documentId(), copied.report(), lastYear.report()).stream()
                .filter(f -> f.ruleId().equals("PROSE-003")).findFirst().orElseThrow();
        assertEquals("100%", warning.actual());

        ParsedReportEvent other = TestReports.golden("wusu-urban-management-2023");
        var otherReuse = ogi.contracts.report.ProseReuse.of(other.report(), lastYear.report());
        assertTrue(otherReuse.overall() < 0.8, "another agency's prose: " + otherReuse.overall());
        assertTrue(catalogue.audit(other.documentId(), other.report(), lastYear.report()).stream()
                .noneMatch(f -> f.ruleId().equals("PROSE-003")));
        assertTrue(catalogue.audit(copied.documentId(), copied.report()).stream()
                .noneMatch(f -> f.ruleId().equals("PROSE-003")), "nothing to compare without last year");
    }

    @Test
    void findingIdsAreStableAndUniquePerDocumentRuleAndLocation() {
        List<Finding> first = audit("weibin-urban-management-2022");
        List<Finding> second = audit("weibin-urban-management-2022");
        assertEquals(first.stream().map(Finding::findingId).toList(), second.stream().map(Finding::findingId).toList());
        Set<String> unique = new HashSet<>(first.stream().map(Finding::findingId).toList());
        assertEquals(first.size(), unique.size());
    }

    @Test
    void theCatalogueFileAndTheRuleClassesAgree() throws Exception {
        List<String> made = catalogue.rules().stream().map(r -> r.getClass().getSimpleName() + ":" + r.id())
                .sorted().toList();
        List<String> file = RuleDefinition.catalogue().rules().stream().map(d -> d.ruleClass() + ":" + d.id())
                .sorted().toList();
        assertEquals(file, made, "each rule of rules/catalogue.json is made from the class it names");
        // every concrete rule class of the package, found on disk: each is named by exactly one entry of the file
        java.nio.file.Path dir = java.nio.file.Path.of(AuditRule.class.getResource("AuditRule.class").toURI())
                .getParent();
        List<String> classes;
        try (var files = java.nio.file.Files.list(dir)) {
            classes = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length())).filter(RuleCatalogueTest::isRule)
                    .sorted().toList();
        }
        assertFalse(classes.isEmpty(), "rule classes found in " + dir);
        assertEquals(classes, RuleDefinition.catalogue().rules().stream().map(RuleDefinition::ruleClass).sorted()
                .toList(), "every rule class is named once in rules/catalogue.json, and every name is a class");
    }

    private static boolean isRule(String simpleName) {
        try {
            Class<?> c = Class.forName(AuditRule.class.getPackageName() + "." + simpleName);
            return AuditRule.class.isAssignableFrom(c) && !java.lang.reflect.Modifier.isAbstract(c.getModifiers());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCatalogueEntryNamingAnotherRulesClassIsRefused() {
        RuleDefinition wrong = new RuleDefinition("ARITH-001", "Table2RowTotalRule", "arithmetic",
                ogi.contracts.event.Severity.ERROR, "", "", "", "");
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> RuleCatalogue.make(wrong, RuleSettings.DEFAULTS));
        assertTrue(e.getMessage().contains("ARITH-003"), e.getMessage());
    }

    @Test
    void rulesMdIsGeneratedFromTheCatalogue() throws Exception {
        StringBuilder md = new StringBuilder("# Audit rules\n\nGenerated from `contracts/src/main/resources/rules/"
                + "catalogue.json` by `RuleCatalogueTest` (`-Drules.update=true`); catalogue version "
                + RuleDefinition.catalogue().version() + ".\n\n| id | category | severity | 规则 | rule | fails on | passes on |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (RuleDefinition d : RuleDefinition.catalogue().rules()) {
            md.append("| ").append(String.join(" | ", d.id(), d.category(), d.severity().name().toLowerCase(),
                    d.descriptionZh(), d.descriptionEn(), d.failingExample(), d.passingExample())).append(" |\n");
        }
        java.nio.file.Path file = java.nio.file.Path.of("RULES.md");
        if (Boolean.getBoolean("rules.update")) {
            java.nio.file.Files.writeString(file, md.toString());
        }
        assertEquals(md.toString(), java.nio.file.Files.readString(file),
                "RULES.md is stale: regenerate with -Drules.update=true");
    }

    @Test
    void everyRuleHasAStableIdACategoryAndBothLanguages() {
        Pattern id = Pattern.compile("^[A-Z]+-\\d{3}$");
        Set<String> seen = new HashSet<>();
        for (AuditRule rule : catalogue.rules()) {
            assertTrue(id.matcher(rule.id()).matches(), rule.id());
            assertTrue(seen.add(rule.id()), "duplicate id " + rule.id());
            assertFalse(rule.descriptionZh().isBlank());
            assertFalse(rule.descriptionEn().isBlank());
            assertFalse(rule.category().isBlank());
        }
    }
}
