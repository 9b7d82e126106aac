package ogi.audit.rules;

import java.util.Comparator;
import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.TableRow;

/**
 * TPL-003: the rows of Tables 1 and 2 come in the template's order. Each row written before a row that precedes
 * it in the template is reported once.
 */
public class RowOrderRule extends AuditRule {
    public RowOrderRule() {
        super("TPL-003");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = list();
        for (String tableId : List.of("table1", "table2")) {
            List<TableRow> template = context.report().table(tableId).rows();
            List<TableRow> written = template.stream().filter(r -> r.found() && r.order() != null)
                    .sorted(Comparator.comparing(TableRow::order)).toList();
            int highestSoFar = -1;
            TableRow highestRow = null;
            for (TableRow row : written) {
                int position = template.indexOf(row);
                if (position < highestSoFar) {
                    findings.add(finding(context, Location.cell(tableId, row.key(), null),
                            "「" + row.label() + "」行应在「" + highestRow.label() + "」行之前",
                            "Row " + row.key() + " is written after " + highestRow.key()
                                    + ", which follows it in the template",
                            "before " + highestRow.key(), "after " + highestRow.key()));
                } else {
                    highestSoFar = position;
                    highestRow = row;
                }
            }
        }
        return findings;
    }
}
