package ogi.audit.rules;

import java.util.List;

import ogi.contracts.event.Finding;

/**
 * COMP-004: Table 2 must give its 25 rows with all seven cells. One finding for a table left blank, one for each
 * row it lacks, and one for each row or column with blank cells (see {@link BlankCells}); never one per cell.
 */
public class Table2RowMissingRule extends AuditRule {
    public Table2RowMissingRule() {
        super("COMP-004");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        return BlankCells.of(context, "table2").stream().map(g -> findingFor(context, g)).toList();
    }

    private Finding findingFor(AuditContext context, BlankCells.Group g) {
        int n = g.cells().size();
        return switch (g.kind()) {
            case TABLE -> finding(context, g.location(), "申请情况表未填写任何数字",
                    "Table 2 has no figures filled in", n + " numbers", "0 numbers", g.cells());
            case MISSING_ROW -> {
                String label = context.rowLabel("table2", g.rowKey());
                yield finding(context, g.location(), "申请情况表缺少「" + label + "」行",
                        "Table 2 lacks the row " + label, label, null, g.cells());
            }
            case BLANK_ROW -> {
                String label = context.rowLabel("table2", g.rowKey());
                yield finding(context, g.location(), "申请情况表「" + label + "」行有" + n + "个单元格空白："
                        + BlankCells.labels(context, g), "Table 2 row " + g.rowKey() + ": " + n + " blank cells ("
                        + BlankCells.keys(g) + ")", n + " numbers", n + " blank", g.cells());
            }
            case BLANK_COLUMN -> {
                String label = context.template().table("table2").column(g.columnKey()).label();
                yield finding(context, g.location(), "申请情况表「" + label + "」列有" + n + "个单元格空白",
                        "Table 2 column " + g.columnKey() + ": " + n + " blank cells (" + BlankCells.keys(g) + ")",
                        n + " numbers", n + " blank", g.cells());
            }
        };
    }
}
