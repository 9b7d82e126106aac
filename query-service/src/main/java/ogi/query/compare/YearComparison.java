package ogi.query.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import ogi.contracts.report.Cell;
import ogi.contracts.report.ProseReuse;
import ogi.contracts.report.Report;
import ogi.contracts.report.ReportTable;
import ogi.contracts.report.TableRow;
import ogi.contracts.template.ReportTemplate;
import ogi.query.api.YearCompared;
import ogi.query.store.ReportBody;
import ogi.query.store.ReportRepository;

/**
 * An agency's report for one year beside another's: the three tables cell by cell with the change, and how much
 * of the later year's prose repeats the earlier's, per section (the audit's PROSE-003 warns above its threshold).
 */
@ApplicationScoped
public class YearComparison {
    private final ReportRepository reports;

    public YearComparison(ReportRepository reports) {
        this.reports = reports;
    }

    /** Thrown when the agency has no report for a year asked for. */
    public static final class NoReport extends RuntimeException {
        NoReport(String message) {
            super(message);
        }
    }

    public YearCompared compare(String agency, int from, int to) {
        ReportBody fromStored = reports.reportOf(agency, from)
                .orElseThrow(() -> new NoReport("no " + from + " report of agency " + agency));
        ReportBody toStored = reports.reportOf(agency, to)
                .orElseThrow(() -> new NoReport("no " + to + " report of agency " + agency));
        Report before = body(fromStored);
        Report after = body(toStored);
        ReportTemplate template = ReportTemplate.forVersion(after.metadata().template());
        List<YearCompared.Table> tables = new ArrayList<>();
        for (ReportTemplate.TableSpec spec : template.tables()) {
            tables.add(table(spec, before.table(spec.id()), after.table(spec.id())));
        }
        return new YearCompared(agency, new YearCompared.Side(from, fromStored.documentId()),
                new YearCompared.Side(to, toStored.documentId()), tables, ProseReuse.of(after, before));
    }

    private static Report body(ReportBody stored) {
        if (stored.report() == null) {
            throw new NoReport("report " + stored.documentId() + " is not parsed yet");
        }
        return stored.report();
    }

    private static YearCompared.Table table(ReportTemplate.TableSpec spec, ReportTable before, ReportTable after) {
        List<YearCompared.Row> rows = new ArrayList<>();
        for (ReportTemplate.RowSpec rowSpec : spec.rows()) {
            List<YearCompared.CellChange> cells = new ArrayList<>();
            List<String> columns = rowSpec.columns() == null || rowSpec.columns().isEmpty()
                    ? spec.columns().stream().map(ReportTemplate.ColumnSpec::key).toList() : rowSpec.columns();
            for (String column : columns) {
                BigDecimal a = value(before, rowSpec.key(), column);
                BigDecimal b = value(after, rowSpec.key(), column);
                ReportTemplate.ColumnSpec columnSpec = spec.column(column);
                cells.add(new YearCompared.CellChange(column, columnSpec == null ? column : columnSpec.label(),
                        plain(a), plain(b), a == null || b == null ? null : plain(b.subtract(a))));
            }
            rows.add(new YearCompared.Row(rowSpec.key(), rowSpec.label(), cells));
        }
        return new YearCompared.Table(spec.id(), spec.title(), rows);
    }

    private static BigDecimal value(ReportTable table, String row, String column) {
        if (table == null) {
            return null;
        }
        TableRow r = table.row(row);
        Cell cell = r == null ? null : table.cell(row, column);
        return cell == null ? null : cell.value();
    }

    /** Numbers as plain JSON numbers: integers stay integers. */
    private static Number plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() <= 0 && s.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0 ? (Number) s.longValue()
                : (Number) s.doubleValue();
    }
}
