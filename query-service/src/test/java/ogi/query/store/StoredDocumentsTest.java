package ogi.query.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RelatedReport;
import ogi.contracts.event.Severity;

/**
 * Unit, real data: a value is stored as the same document whether made from Jackson's tree ({@link StoredDocuments})
 * or by parsing its JSON, as the query service did before (same fields, order, values and value types): the
 * reports of every golden parsed event of the samples, and findings with cells and a related report.
 */
class StoredDocumentsTest {
    private static final Path GOLDEN = Path.of(System.getProperty("shared.reports.dir", "../samples/reports"))
            .getParent().resolve("golden");

    @Test
    void everyGoldenReportIsStoredAsItsJsonParsed() throws Exception {
        int reports = 0;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".parsed.json")).sorted().toList()) {
                assertStoredAlike(EventJson.read(Files.readString(file), ParsedReportEvent.class).report());
                reports++;
            }
        }
        assertTrue(reports >= 5, "the golden reports were read: " + reports);
    }

    @Test
    void findingsWithTheirCellsAndRelatedReportAreStoredAsTheirJsonParsed() {
        Location at = new Location(2, "table2", "outcomes.granted", "total", "（一）予以公开", "总计");
        assertStoredAlike(new Finding("d:ARITH-001:t2", "ARITH-001", "arithmetic", Severity.ERROR, "合计不符",
                "total differs", at, "12", "13.5", List.of(at, new Location(2, "table2", "outcomes.partly", "total"))));
        assertStoredAlike(new Finding("d:PROSE-004:s5", "PROSE-004", "across-agencies", Severity.WARNING, "雷同",
                "copied", new Location(5, null, "b".repeat(64), null), "< 50%", "97%", List.of(),
                new RelatedReport("b".repeat(64), "乌苏市城市管理局", 2023, 5, 0.972, List.of("一句。", "两句…"))));
        assertStoredAlike(new Finding("d:META-001", "META-001", "metadata", Severity.INFO, "未知", "unknown", null,
                null, null));
    }

    private static void assertStoredAlike(Object value) {
        Document parsed = Document.parse(EventJson.write(value));
        Document made = StoredDocuments.of(value);
        assertEquals(parsed.toJson(), made.toJson(), "the same fields, order and values");
        assertEquals(types(parsed), types(made), "the same value types");
    }

    /** The value with every leaf replaced by its class name, documents and lists walked. */
    private static Object types(Object value) {
        if (value instanceof Document d) {
            Document t = new Document();
            d.forEach((k, v) -> t.append(k, types(v)));
            return t;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(StoredDocumentsTest::types).toList();
        }
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
