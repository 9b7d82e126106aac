package ogi.audit.rules;

import java.math.BigDecimal;
import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.template.ReportTemplate.ColumnSpec;
import ogi.contracts.template.ReportTemplate.RowSpec;

/** ARITH-002: （七）总计 equals the sum of the result rows （一） to （六）, in every column of Table 2. */
public class Table2ResultsTotalRule extends AuditRule {
    public Table2ResultsTotalRule() {
        super("ARITH-002");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        var table = context.template().table("table2");
        List<String> results = table.rows().stream().filter(RowSpec::results).map(RowSpec::key).toList();
        List<Finding> findings = list();
        for (ColumnSpec column : table.columns()) {
            BigDecimal sum = context.sum("table2", results, column.key());
            BigDecimal total = context.value("table2", "total_handled", column.key());
            if (sum != null && total != null && sum.compareTo(total) != 0) {
                findings.add(finding(context, Location.cell("table2", "total_handled", column.key()),
                        "「" + column.label() + "」列：（七）总计为" + AuditContext.plain(total) + "，各项办理结果之和为"
                                + AuditContext.plain(sum),
                        "Column " + column.key() + ": total handled is " + AuditContext.plain(total)
                                + ", the results add up to " + AuditContext.plain(sum),
                        AuditContext.plain(sum), AuditContext.plain(total),
                        column("table2", java.util.stream.Stream.concat(results.stream(),
                                java.util.stream.Stream.of("total_handled")).toList(), column.key())));
            }
        }
        return findings;
    }
}
