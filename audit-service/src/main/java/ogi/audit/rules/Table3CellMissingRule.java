package ogi.audit.rules;

import java.util.List;

import ogi.contracts.event.Finding;

/**
 * COMP-005: Table 3 must give all fifteen numbers. One finding for a table left blank, else one naming the blank
 * cells of its row (see {@link BlankCells}).
 */
public class Table3CellMissingRule extends AuditRule {
    public Table3CellMissingRule() {
        super("COMP-005");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        return BlankCells.of(context, "table3").stream().map(g -> {
            int n = g.cells().size();
            return switch (g.kind()) {
                case TABLE, MISSING_ROW -> finding(context, g.location(), "行政复议、行政诉讼情况表未填写任何数字",
                        "Table 3 has no figures filled in", n + " numbers", "0 numbers", g.cells());
                case BLANK_ROW, BLANK_COLUMN -> finding(context, g.location(),
                        "行政复议、行政诉讼情况表有" + n + "个单元格空白：" + BlankCells.labels(context, g),
                        "Table 3: " + n + " blank cells (" + BlankCells.keys(g) + ")", n + " numbers", n + " blank",
                        g.cells());
            };
        }).toList();
    }
}
