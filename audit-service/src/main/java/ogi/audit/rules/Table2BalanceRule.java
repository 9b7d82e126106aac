package ogi.audit.rules;

import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.template.ReportTemplate.ColumnSpec;

/**
 * ARITH-001: the template's own rule for every column of Table 2: 一 + 二 = 三（七）总计 + 四. Blank cells count as
 * zero (see {@link Relation}).
 */
public class Table2BalanceRule extends AuditRule {
    private static final List<String> LEFT = List.of("new_applications", "carried_over");
    private static final List<String> RIGHT = List.of("total_handled", "carried_forward");

    public Table2BalanceRule() {
        super("ARITH-001");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = list();
        for (ColumnSpec column : context.template().table("table2").columns()) {
            Relation.Checked c = Relation.check(context, Relation.column("table2", LEFT, column.key()),
                    Relation.column("table2", RIGHT, column.key()));
            if (c != null && !c.holds()) {
                String left = AuditContext.plain(c.left());
                String right = AuditContext.plain(c.right());
                findings.add(finding(context, Location.cell("table2", "total_handled", column.key()),
                        "「" + column.label() + "」列：一+二=" + left + "，三（七）总计+四=" + right + c.noteZh(),
                        "Column " + column.key() + ": new + carried over = " + left
                                + ", total handled + carried forward = " + right + c.noteEn(),
                        left, right, column("table2", List.of("new_applications", "carried_over", "total_handled",
                                "carried_forward"), column.key())));
            }
        }
        return findings;
    }
}
