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
public record AuditContext(String documentId, Report report, ReportTemplate template, Report previous,
        java.util.Set<String> missing) {

    /** The marker of a rule that needed the previous year's report and had none. */
    public static final String PREVIOUS_YEAR = "previous-year";

    public AuditContext(String documentId, Report report, ReportTemplate template, Report previous) {
        this(documentId, report, template, previous, new java.util.LinkedHashSet<>());
    }

    /** The same report for the next rule, with its own record of missing cells. */
    public AuditContext forRule() {
        return new AuditContext(documentId, report, template, previous, new java.util.LinkedHashSet<>());
    }

    /**
     * The number in a cell, or null when the cell is missing or holds no number; a null is noted, so that a rule
     * that found nothing can say it could not check (not assessable) and which cells stopped it.
     */
    public BigDecimal value(String table, String row, String column) {
        BigDecimal v = valueIn(report, table, row, column);
        if (v == null) {
            missing.add(table + "/" + row + "/" + (column == null ? "" : column));
        }
        return v;
    }

    /** The agency's report for the year before, or null (noted as {@link #PREVIOUS_YEAR}: the rule asked for it). */
    @Override
    public Report previous() {
        if (previous == null) {
            missing.add(PREVIOUS_YEAR);
        }
        return previous;
    }

    /** The number in a cell of last year's report, or null when there is none (noted as {@link #PREVIOUS_YEAR}). */
    public BigDecimal previousValue(String table, String row, String column) {
        if (previous == null) {
            missing.add(PREVIOUS_YEAR);
            return null;
        }
        return valueIn(previous, table, row, column);
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
