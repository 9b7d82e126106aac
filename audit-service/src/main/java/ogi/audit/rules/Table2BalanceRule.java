package ogi.audit.rules;

import java.math.BigDecimal;
import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.template.ReportTemplate.ColumnSpec;

/** ARITH-001: the template's own rule for every column of Table 2: 一 + 二 = 三（七）总计 + 四. */
public class Table2BalanceRule extends AuditRule {
    public Table2BalanceRule() {
        super("ARITH-001");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = list();
        for (ColumnSpec column : context.template().table("table2").columns()) {
            BigDecimal left = context.sum("table2", List.of("new_applications", "carried_over"), column.key());
            BigDecimal right = context.sum("table2", List.of("total_handled", "carried_forward"), column.key());
            if (left != null && right != null && left.compareTo(right) != 0) {
                findings.add(finding(context, Location.cell("table2", "total_handled", column.key()),
                        "「" + column.label() + "」列：一+二=" + AuditContext.plain(left) + "，三（七）总计+四="
                                + AuditContext.plain(right),
                        "Column " + column.key() + ": new + carried over = " + AuditContext.plain(left)
                                + ", total handled + carried forward = " + AuditContext.plain(right),
                        AuditContext.plain(left), AuditContext.plain(right),
                        column("table2", List.of("new_applications", "carried_over", "total_handled",
                                "carried_forward"), column.key())));
            }
        }
        return findings;
    }
}
