package ogi.query.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import ogi.contracts.event.EventJson;
import ogi.contracts.report.Cell;
import ogi.contracts.report.ProseReuse;
import ogi.contracts.report.Report;
import ogi.contracts.report.ReportTable;
import ogi.contracts.report.TableRow;
import ogi.contracts.template.ReportTemplate;
import ogi.query.report.ReportRepository;

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

    public Document compare(String agency, int from, int to) {
        Document fromStored = reports.reportOf(agency, from)
                .orElseThrow(() -> new NoReport("no " + from + " report of agency " + agency));
        Document toStored = reports.reportOf(agency, to)
                .orElseThrow(() -> new NoReport("no " + to + " report of agency " + agency));
        Report before = body(fromStored);
        Report after = body(toStored);
        ReportTemplate template = ReportTemplate.forVersion(after.metadata().template());
        List<Document> tables = new ArrayList<>();
        for (ReportTemplate.TableSpec spec : template.tables()) {
            tables.add(table(spec, before.table(spec.id()), after.table(spec.id())));
        }
        ProseReuse.Result reuse = ProseReuse.of(after, before);
        List<Document> sections = reuse.sections().stream().map(s -> new Document("section", s.section())
                .append("heading", s.heading()).append("share", s.share())).toList();
        return new Document("agency", agency)
                .append("from", new Document("year", from).append("documentId", fromStored.get("_id")))
                .append("to", new Document("year", to).append("documentId", toStored.get("_id")))
                .append("tables", tables)
                .append("proseReuse", new Document("overall", reuse.overall()).append("sections", sections));
    }

    private static Report body(Document stored) {
        Document report = stored.get("report", Document.class);
        if (report == null) {
            throw new NoReport("report " + stored.get("_id") + " is not parsed yet");
        }
        try {
            return EventJson.mapper().readValue(report.toJson(), Report.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored report " + stored.get("_id") + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Document table(ReportTemplate.TableSpec spec, ReportTable before, ReportTable after) {
        List<Document> rows = new ArrayList<>();
        for (ReportTemplate.RowSpec rowSpec : spec.rows()) {
            List<Document> cells = new ArrayList<>();
            List<String> columns = rowSpec.columns() == null || rowSpec.columns().isEmpty()
                    ? spec.columns().stream().map(ReportTemplate.ColumnSpec::key).toList() : rowSpec.columns();
            for (String column : columns) {
                BigDecimal a = value(before, rowSpec.key(), column);
                BigDecimal b = value(after, rowSpec.key(), column);
                ReportTemplate.ColumnSpec columnSpec = spec.column(column);
                cells.add(new Document("column", column)
                        .append("label", columnSpec == null ? column : columnSpec.label())
                        .append("from", plain(a)).append("to", plain(b))
                        .append("change", a == null || b == null ? null : plain(b.subtract(a))));
            }
            rows.add(new Document("row", rowSpec.key()).append("label", rowSpec.label()).append("cells", cells));
        }
        return new Document("table", spec.id()).append("title", spec.title()).append("rows", rows);
    }

    private static BigDecimal value(ReportTable table, String row, String column) {
        if (table == null) {
            return null;
        }
        TableRow r = table.row(row);
        Cell cell = r == null ? null : table.cell(row, column);
        return cell == null ? null : cell.value();
    }

    /** Numbers as plain JSON numbers (a BigDecimal the BSON codec cannot store): integers stay integers. */
    private static Number plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() <= 0 && s.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0 ? (Number) s.longValue()
                : (Number) s.doubleValue();
    }
}
