package ogi.audit.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import ogi.contracts.report.Cell;
import ogi.contracts.report.ProseFigure;
import ogi.contracts.report.Report;
import ogi.contracts.report.ReportTable;
import ogi.contracts.template.ReportTemplate;

/**
 * What a rule sees: the document id, its parsed report, the template it follows, and the same agency's report for
 * the previous year when one has been seen (else null).
 */
public record AuditContext(String documentId, Report report, ReportTemplate template, Report previous) {

    /** The number in a cell, or null when the cell is missing or holds no number. */
    public BigDecimal value(String table, String row, String column) {
        return valueIn(report, table, row, column);
    }

    /** The number in a cell of last year's report, or null when there is none. */
    public BigDecimal previousValue(String table, String row, String column) {
        return previous == null ? null : valueIn(previous, table, row, column);
    }

    private static BigDecimal valueIn(Report report, String table, String row, String column) {
        ReportTable t = report.table(table);
        Cell cell = t == null ? null : t.cell(row, column);
        return cell == null ? null : cell.value();
    }

    /** Sum of the cells, or null when any is missing: an arithmetic rule cannot be checked on missing cells. */
    public BigDecimal sum(String table, List<String> rows, String column) {
        BigDecimal total = BigDecimal.ZERO;
        for (String row : rows) {
            BigDecimal v = value(table, row, column);
            if (v == null) {
                return null;
            }
            total = total.add(v);
        }
        return total;
    }

    /** Sum of one row's cells over the columns, or null when any is missing. */
    public BigDecimal rowSum(String table, String row, List<String> columns) {
        BigDecimal total = BigDecimal.ZERO;
        for (String column : columns) {
            BigDecimal v = value(table, row, column);
            if (v == null) {
                return null;
            }
            total = total.add(v);
        }
        return total;
    }

    public List<ProseFigure> figures(String kind) {
        return report.proseFigures().stream().filter(f -> Objects.equals(f.kind(), kind)).toList();
    }

    public static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }
}
