package ogi.audit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ogi.audit.TestReports;
import ogi.audit.series.InMemoryReportSeries;
import ogi.contracts.event.ParsedReportEvent;

/** The in-memory series (the offline audit's) answers as the MongoDB one does: newest first, replace by id. */
class InMemoryReportSeriesTest {

    private static ParsedReportEvent at(ParsedReportEvent e, String id, int year, Instant parsedAt) {
        ParsedReportEvent y = TestReports.asYear(e, id, year);
        return new ParsedReportEvent(y.schemaVersion(), id, y.parserVersion(), parsedAt, y.fileName(), y.format(),
                y.report());
    }

    @Test
    void thePreviousYearIsTheAgencysNewestReportOfTheYearBefore() {
        ParsedReportEvent golden = TestReports.golden("dushanzi-urban-management-2021");
        ParsedReportEvent older = at(golden, "a".repeat(64), 2021, Instant.parse("2024-01-01T00:00:00Z"));
        ParsedReportEvent newer = at(golden, "b".repeat(64), 2021, Instant.parse("2024-02-01T00:00:00Z"));
        ParsedReportEvent next = at(golden, "c".repeat(64), 2022, Instant.parse("2024-01-15T00:00:00Z"));
        InMemoryReportSeries series = new InMemoryReportSeries();
        assertNull(series.previousYear(next), "nothing seen yet");
        series.save(newer);
        series.save(older);
        series.save(next);
        series.save(newer);
        assertEquals(List.of(newer.documentId(), older.documentId()),
                series.find(golden.report().metadata().agency(), 2021).stream().map(e -> e.documentId()).toList());
        assertSame(newer.report(), series.previousYear(next));
        assertNull(series.previousYear(newer), "no 2020 report");
        List<String> all = new ArrayList<>();
        assertEquals(3, series.forEach(e -> all.add(e.documentId())));
        assertEquals(List.of(older.documentId(), newer.documentId(), next.documentId()), all);
    }
}
