package ogi.audit.rules;

import java.math.BigDecimal;
import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.report.Cell;
import ogi.contracts.report.ReportTable;
import ogi.contracts.report.TableRow;

/**
 * VAL-001: counts are non-negative integers (the 2019 format's 本年增/减 may be negative); amounts are
 * non-negative. A cell with text where a number belongs ({@code 若干}) is reported too. A cell written blank
 * ({@code /}, {@code —}, {@code 无}) is not text: the completeness rules report blanks, by row or column.
 */
public class CellValueRule extends AuditRule {
    public CellValueRule() {
        super("VAL-001");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        List<Finding> findings = list();
        for (String tableId : List.of("table1", "table2", "table3")) {
            ReportTable table = context.report().table(tableId);
            for (TableRow row : table.rows()) {
                row.cells().forEach((column, cell) -> check(context, tableId, row, column, cell, findings));
            }
        }
        return findings;
    }

    private void check(AuditContext context, String table, TableRow row, String column, Cell cell,
            List<Finding> findings) {
        if (cell == null) {
            return;
        }
        Location at = Location.cell(table, row.key(), column);
        BigDecimal v = cell.value();
        boolean amount = column.endsWith("amount");
        boolean change = "change".equals(column);
        if (v == null) {
            if (cell.raw() != null && !AuditContext.isBlankText(cell.raw())) {
                findings.add(finding(context, at, "「" + row.label() + "」应填数字，实际为文字「" + cell.raw() + "」",
                        "Row " + row.key() + " / " + column + ": text '" + cell.raw() + "' where a number belongs",
                        "a number", cell.raw()));
            }
        } else if (v.signum() < 0 && !change) {
            findings.add(finding(context, at, "「" + row.label() + "」为负数", "Row " + row.key() + " / " + column
                    + " is negative", ">= 0", cell.raw()));
        } else if (!amount && v.stripTrailingZeros().scale() > 0) {
            findings.add(finding(context, at, "「" + row.label() + "」的件数不是整数", "Row " + row.key() + " / "
                    + column + " is a count but not an integer", "an integer", cell.raw()));
        }
    }
}
