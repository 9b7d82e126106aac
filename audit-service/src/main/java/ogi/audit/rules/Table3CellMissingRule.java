package ogi.audit.rules;

import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.ReportTable;

/** COMP-005: Table 3 must give all fifteen numbers. */
public class Table3CellMissingRule extends AuditRule {
    public Table3CellMissingRule() {
        super("COMP-005");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        ReportTable table = context.report().table3();
        List<Finding> findings = list();
        if (!table.found()) {
            return findings;
        }
        table.rows().get(0).cells().forEach((column, cell) -> {
            if (cell == null) {
                findings.add(finding(context, Location.cell("table3", "cases", column),
                        "行政复议、行政诉讼情况表缺少「" + context.template().table("table3").column(column).label() + "」",
                        "Table 3: no value for " + column, "a number", null));
            }
        });
        return findings;
    }
}
