package ogi.audit;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ogi.contracts.event.EventJson;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.report.Cell;
import ogi.contracts.report.Report;
import ogi.contracts.report.ReportMetadata;
import ogi.contracts.report.ReportTable;
import ogi.contracts.report.TableRow;

/**
 * The parse service's golden parsed events of the sample reports ({@code samples/golden}), and variations of them
 * as another year's report of the same agency would be.
 */
public final class TestReports {
    private TestReports() {
    }

    public static ParsedReportEvent golden(String sample) {
        String reports = System.getProperty("shared.reports.dir", "../samples/reports");
        Path file = Path.of(reports).getParent().resolve("golden").resolve(sample + ".parsed.json");
        try {
            return EventJson.read(Files.readString(file), ParsedReportEvent.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static String json(ParsedReportEvent e) {
        return EventJson.write(e);
    }

    /** The same event under another document id and year. */
    public static ParsedReportEvent asYear(ParsedReportEvent e, String documentId, int year) {
        ReportMetadata m = e.report().metadata();
        Report r = e.report();
        return new ParsedReportEvent(e.schemaVersion(), documentId, e.parserVersion(), e.parsedAt(), e.fileName(),
                e.format(), new Report(new ReportMetadata(m.agency(), m.region(), year, m.publicationDate(),
                        m.template(), m.agencyKey()), r.sections(), r.table1(), r.table2(), r.table3(), r.proseFigures(),
                        r.parseNotes(), r.text()));
    }

    /** The same event under another document id, year and spelling of the agency's name (its key unchanged). */
    public static ParsedReportEvent asYear(ParsedReportEvent e, String documentId, int year, String agency) {
        ParsedReportEvent y = asYear(e, documentId, year);
        ReportMetadata m = y.report().metadata();
        Report r = y.report();
        return new ParsedReportEvent(y.schemaVersion(), documentId, y.parserVersion(), y.parsedAt(), y.fileName(),
                y.format(), new Report(new ReportMetadata(agency, m.region(), year, m.publicationDate(), m.template(),
                        m.agencyKey()), r.sections(), r.table1(), r.table2(), r.table3(), r.proseFigures(),
                        r.parseNotes(), r.text()));
    }

    public static ParsedReportEvent withCell(ParsedReportEvent e, String table, String row, String column,
            String raw) {
        return new ParsedReportEvent(e.schemaVersion(), e.documentId(), e.parserVersion(), e.parsedAt(), e.fileName(),
                e.format(), withCell(e.report(), table, row, column, raw));
    }

    /** The report with one cell replaced, as if the agency had written another number. */
    public static Report withCell(Report r, String tableId, String rowKey, String column, String raw) {
        ReportTable table = r.table(tableId);
        List<TableRow> rows = table.rows().stream().map(row -> {
            if (!row.key().equals(rowKey)) {
                return row;
            }
            Map<String, Cell> cells = new LinkedHashMap<>(row.cells());
            cells.put(column, new Cell(new BigDecimal(raw), raw, null, row.line()));
            return new TableRow(row.key(), row.label(), row.found(), row.labelAsWritten(), row.labelMatch(),
                    row.line(), row.order(), cells);
        }).toList();
        ReportTable changed = new ReportTable(table.id(), table.found(), rows);
        return new Report(r.metadata(), r.sections(),
                tableId.equals("table1") ? changed : r.table1(),
                tableId.equals("table2") ? changed : r.table2(),
                tableId.equals("table3") ? changed : r.table3(),
                r.proseFigures(), r.parseNotes(), r.text());
    }
}
