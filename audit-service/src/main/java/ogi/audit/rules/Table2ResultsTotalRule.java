package ogi.audit.rules;

import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.template.ReportTemplate.ColumnSpec;

/**
 * ARITH-002: （七）总计 equals the sum of the result rows （一） to （六）, in every column of Table 2. Blank cells
 * count as zero (see {@link Relation}).
 */
public class Table2ResultsTotalRule extends AuditRule {
    public Table2ResultsTotalRule() {
        super("ARITH-002");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        var table = context.template().table("table2");
        List<String> results = context.table2ResultRows();
        List<Finding> findings = list();
        for (ColumnSpec column : table.columns()) {
            Relation.Checked c = Relation.check(context, Relation.column("table2", results, column.key()),
                    List.of(Relation.ref("table2", "total_handled", column.key())));
            if (c != null && !c.holds()) {
                String sum = AuditContext.plain(c.left());
                String total = AuditContext.plain(c.right());
                findings.add(finding(context, Location.cell("table2", "total_handled", column.key()),
                        "「" + column.label() + "」列：（七）总计为" + total + "，各项办理结果之和为" + sum + c.noteZh(),
                        "Column " + column.key() + ": total handled is " + total + ", the results add up to " + sum
                                + c.noteEn(),
                        sum, total,
                        column("table2", java.util.stream.Stream.concat(results.stream(),
                                java.util.stream.Stream.of("total_handled")).toList(), column.key())));
            }
        }
        return findings;
    }
}
