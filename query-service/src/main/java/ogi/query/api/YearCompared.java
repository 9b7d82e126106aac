package ogi.query.api;

import java.util.List;

import ogi.contracts.report.ProseReuse;

/**
 * Two years of one agency side by side ({@code GET /agencies/{agency}/compare}): every cell of the three tables with
 * its change, and the share of the later year's prose that repeats the earlier's, overall and per section.
 */
public record YearCompared(String agency, Side from, Side to, List<Table> tables, ProseReuse.Result proseReuse) {

    /** One of the two years and the report read for it. */
    public record Side(int year, String documentId) {
    }

    public record Table(String table, String title, List<Row> rows) {
    }

    public record Row(String row, String label, List<CellChange> cells) {
    }

    /** A cell in both years; {@code change} is null when either is missing. Integers are answered as integers. */
    public record CellChange(String column, String label, Number from, Number to, Number change) {
    }
}
