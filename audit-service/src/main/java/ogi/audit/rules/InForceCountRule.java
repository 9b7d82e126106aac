package ogi.audit.rules;

import java.math.BigDecimal;
import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;

/**
 * YEAR-002: 现行有效件数 follows from last year's plus this year's 制发 minus 废止 (规章 and 行政规范性文件, both
 * reports in the 2021 format).
 */
public class InForceCountRule extends AuditRule {
    private static final List<String> ROWS = List.of("regulations", "normative_documents");

    public InForceCountRule() {
        super("YEAR-002");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = list();
        if (context.previous() == null || !"2021".equals(context.previous().metadata().template())
                || !"2021".equals(context.report().metadata().template())) {
            return findings;
        }
        for (String row : ROWS) {
            BigDecimal before = context.previousValue("table1", row, "in_force");
            BigDecimal issued = context.value("table1", row, "issued");
            BigDecimal repealed = context.value("table1", row, "repealed");
            BigDecimal now = context.value("table1", row, "in_force");
            if (before == null || issued == null || repealed == null || now == null) {
                continue;
            }
            BigDecimal expected = before.add(issued).subtract(repealed);
            if (expected.compareTo(now) != 0) {
                String label = context.template().table("table1").row(row).label();
                findings.add(finding(context, Location.cell("table1", row, "in_force"),
                        "「" + label + "」现行有效件数应为上年" + AuditContext.plain(before) + "+制发" + AuditContext.plain(issued)
                                + "-废止" + AuditContext.plain(repealed) + "=" + AuditContext.plain(expected) + "，实际为"
                                + AuditContext.plain(now),
                        row + ": in force should be " + AuditContext.plain(before) + " + " + AuditContext.plain(issued)
                                + " - " + AuditContext.plain(repealed) + " = " + AuditContext.plain(expected) + ", the table says "
                                + AuditContext.plain(now),
                        AuditContext.plain(expected), AuditContext.plain(now),
                        row("table1", row, List.of("issued", "repealed", "in_force"))));
            }
        }
        return findings;
    }
}
