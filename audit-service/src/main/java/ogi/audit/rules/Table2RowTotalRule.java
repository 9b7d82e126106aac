package ogi.audit.rules;

import java.math.BigDecimal;
import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.template.ReportTemplate.RowSpec;

/** ARITH-003: in every row of Table 2, 总计 equals 自然人 plus the five 法人或其他组织 columns. */
public class Table2RowTotalRule extends AuditRule {
    private static final List<String> APPLICANTS = List.of("natural_person", "commercial", "research",
            "social_welfare", "legal_service", "other_org");

    public Table2RowTotalRule() {
        super("ARITH-003");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = list();
        for (RowSpec row : context.template().table("table2").rows()) {
            BigDecimal sum = context.rowSum("table2", row.key(), APPLICANTS);
            BigDecimal total = context.value("table2", row.key(), "total");
            if (sum != null && total != null && sum.compareTo(total) != 0) {
                findings.add(finding(context, Location.cell("table2", row.key(), "total"),
                        "「" + row.label() + "」行：总计为" + AuditContext.plain(total) + "，各类申请人之和为"
                                + AuditContext.plain(sum),
                        "Row " + row.key() + ": total is " + AuditContext.plain(total)
                                + ", the applicant columns add up to " + AuditContext.plain(sum),
                        AuditContext.plain(sum), AuditContext.plain(total), row("table2", row.key(), row.columns())));
            }
        }
        return findings;
    }
}
