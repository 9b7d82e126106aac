package ogi.audit.rules;

import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.ReportTable;
import ogi.contracts.report.TableRow;

/** COMP-004: every one of Table 2's 25 rows must be present, with all seven cells. */
public class Table2RowMissingRule extends AuditRule {
    public Table2RowMissingRule() {
        super("COMP-004");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        ReportTable table = context.report().table2();
        List<Finding> findings = list();
        if (!table.found()) {
            return findings;
        }
        for (TableRow row : table.rows()) {
            if (!row.found()) {
                findings.add(finding(context, Location.cell("table2", row.key(), null),
                        "申请情况表缺少「" + row.label() + "」行", "Table 2 lacks the row " + row.label(),
                        row.label(), null));
                continue;
            }
            row.cells().forEach((column, cell) -> {
                if (cell == null) {
                    findings.add(finding(context, Location.cell("table2", row.key(), column),
                            "申请情况表「" + row.label() + "」缺少单元格", "Table 2: no cell for " + row.key() + " / "
                                    + column, "a number", null));
                }
            });
        }
        return findings;
    }
}
