package ogi.audit.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import ogi.contracts.event.Location;

/**
 * One arithmetic relation between cells of a table (left side = right side), checked as a reader checks it: a cell
 * written blank in a row the report has counts as zero, as long as the relation has at least one filled cell. It is
 * not checked when
 * <ul>
 * <li>a cell is missing (its row or table is not in the report) or holds text: the completeness and value rules
 * report those;</li>
 * <li>none of its cells is filled;</li>
 * <li>one side is entirely blank while the other adds up to more than zero: that side was not filled in (a blank
 * 总计 column), which the completeness rules report once for the row or column, not once per sum.</li>
 * </ul>
 */
final class Relation {
    record Ref(String table, String row, String column) {
        String key() {
            return AuditContext.key(table, row, column);
        }

        Location location() {
            return Location.cell(table, row, column);
        }
    }

    /** The outcome: both sides' sums (blanks as zero) and the blank cells counted as zero; null when not checked. */
    record Checked(BigDecimal left, BigDecimal right, List<Ref> blanks) {
        boolean holds() {
            return left.compareTo(right) == 0;
        }

        /** What a finding adds to its message when blanks were counted as zero. */
        String noteZh() {
            return blanks.isEmpty() ? "" : "（空白单元格按0计：" + blanks.size() + "个）";
        }

        String noteEn() {
            return blanks.isEmpty() ? "" : " (blank cells counted as zero: " + blanks.size() + ")";
        }
    }

    private Relation() {
    }

    static Ref ref(String table, String row, String column) {
        return new Ref(table, row, column);
    }

    static List<Ref> column(String table, List<String> rows, String column) {
        return rows.stream().map(r -> new Ref(table, r, column)).toList();
    }

    static List<Ref> row(String table, String row, List<String> columns) {
        return columns.stream().map(c -> new Ref(table, row, c)).toList();
    }

    /** Checks left = right; null when the relation cannot be checked (and the context notes why). */
    static Checked check(AuditContext context, List<Ref> left, List<Ref> right) {
        List<Ref> all = new ArrayList<>(left);
        all.addAll(right);
        List<String> missing = new ArrayList<>();
        for (Ref r : all) {
            AuditContext.CellState s = context.state(r.table(), r.row(), r.column());
            if (s == AuditContext.CellState.MISSING || s == AuditContext.CellState.TEXT) {
                missing.add(r.key());
            }
        }
        if (!missing.isEmpty()) {
            context.missing().addAll(missing);
            return null;
        }
        Side l = side(context, left);
        Side r = side(context, right);
        if (l.filled == 0 && r.filled == 0
                || l.filled == 0 && r.sum.signum() != 0 || r.filled == 0 && l.sum.signum() != 0) {
            context.blankCells(all.stream().filter(x -> context.state(x.table(), x.row(), x.column())
                    == AuditContext.CellState.BLANK).map(Ref::key).toList());
            return null;
        }
        context.assessedOne();
        List<Ref> blanks = new ArrayList<>(l.blanks);
        blanks.addAll(r.blanks);
        return new Checked(l.sum, r.sum, blanks);
    }

    private record Side(BigDecimal sum, int filled, List<Ref> blanks) {
    }

    private static Side side(AuditContext context, List<Ref> refs) {
        BigDecimal sum = BigDecimal.ZERO;
        int filled = 0;
        List<Ref> blanks = new ArrayList<>();
        for (Ref r : refs) {
            if (context.state(r.table(), r.row(), r.column()) == AuditContext.CellState.FILLED) {
                sum = sum.add(context.report().table(r.table()).cell(r.row(), r.column()).value());
                filled++;
            } else {
                blanks.add(r);
            }
        }
        return new Side(sum, filled, blanks);
    }
}
