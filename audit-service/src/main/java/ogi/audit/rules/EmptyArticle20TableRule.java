package ogi.audit.rules;

import java.util.List;

import ogi.contracts.event.Finding;

/**
 * COMP-003: the Article 20 table is printed but empty (headers without rows or numbers: one finding), or partly
 * empty: one finding for each row it lacks and for each row or column with blank cells (see {@link BlankCells}).
 */
public class EmptyArticle20TableRule extends AuditRule {
    public EmptyArticle20TableRule() {
        super("COMP-003");
    }

    @Override
    public List<Finding> check(AuditContext context) {
        var spec = context.template().table("table1");
        return BlankCells.of(context, "table1").stream().map(g -> {
            int n = g.cells().size();
            return switch (g.kind()) {
                case TABLE -> finding(context, g.location(), "第二十条主动公开情况表只有表头，没有任何数据",
                        "The Article 20 table has headers but no rows or numbers", n + " cells", "0 cells",
                        g.cells());
                case MISSING_ROW -> finding(context, g.location(), "第二十条表缺少「" + spec.row(g.rowKey()).label()
                        + "」行", "Article 20 table: the row " + g.rowKey() + " is missing", n + " numbers", null,
                        g.cells());
                case BLANK_ROW -> finding(context, g.location(), "第二十条表「" + spec.row(g.rowKey()).label() + "」行有"
                        + n + "个单元格空白：" + BlankCells.labels(context, g), "Article 20 table row " + g.rowKey()
                        + ": " + n + " blank cells (" + BlankCells.keys(g) + ")", n + " numbers", n + " blank",
                        g.cells());
                case BLANK_COLUMN -> finding(context, g.location(), "第二十条表「" + spec.column(g.columnKey()).label()
                        + "」列有" + n + "个单元格空白", "Article 20 table column " + g.columnKey() + ": " + n
                        + " blank cells (" + BlankCells.keys(g) + ")", n + " numbers", n + " blank", g.cells());
            };
        }).toList();
    }
}
