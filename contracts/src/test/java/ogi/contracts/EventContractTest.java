package ogi.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import ogi.contracts.event.AlertEvent;
import ogi.contracts.event.DocumentFormat;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.event.InvalidEventException;
import ogi.contracts.event.Location;
import ogi.contracts.event.RawDocumentEvent;
import ogi.contracts.event.RelatedReport;
import ogi.contracts.event.Severity;
import ogi.contracts.schema.EventSchemas;
import ogi.contracts.template.ReportTemplate;

/** Real: the published JSON Schemas, the event encoding and the template file. */
class EventContractTest {
    private static final String ID = "c4d8dd5718577f3518788d5fb0790dd2e5b79d00eb4fb000a2f440c6558dbe7b";

    @Test
    void eventsAsWrittenFollowTheirSchemas() {
        String raw = EventJson.write(new RawDocumentEvent(1, ID, "a.txt", "text/plain", DocumentFormat.TEXT, 3,
                Instant.now(), null, new byte[] {1, 2, 3}));
        assertEquals(List.of(), EventSchemas.validate(EventSchemas.RAW_DOCUMENT, raw));
        Finding f = new Finding(Finding.idOf(ID, "COMP-003", Location.table("table1")), "COMP-003", "completeness",
                Severity.ERROR, "空", "empty", Location.table("table1"), "1", "0");
        String alert = EventJson.write(new AlertEvent(1, f.findingId(), ID, null, 2022, "v", Instant.now(), f));
        assertEquals(List.of(), EventSchemas.validate(EventSchemas.ALERT, alert));
    }

    @Test
    void aFindingNamesAnotherReportOnlyWhenItHasOne() {
        Location at = new Location(5, null, "a".repeat(64), null);
        Finding plain = new Finding(Finding.idOf(ID, "COMP-003", Location.table("table1")), "COMP-003",
                "completeness", Severity.ERROR, "空", "empty", Location.table("table1"), "1", "0");
        assertFalse(EventJson.write(plain).contains("related"), "a finding naming no report keeps its old shape");
        Finding copy = new Finding(Finding.idOf(ID, "PROSE-004", at), "PROSE-004", "across-agencies",
                Severity.WARNING, "雷同", "copied", at, "< 50%", "97%", List.of(),
                new RelatedReport("a".repeat(64), "乌苏市城市管理局", 2023, 5, 0.97, List.of("信息公开方式还比较单一")));
        String alert = EventJson.write(new AlertEvent(1, copy.findingId(), ID, null, 2023, "v", Instant.now(), copy));
        assertEquals(List.of(), EventSchemas.validate(EventSchemas.ALERT, alert));
        assertEquals(copy.related(), EventJson.read(alert, AlertEvent.class).finding().related());
        assertFalse(EventSchemas.validate(EventSchemas.ALERT, alert.replace("0.97", "1.5")).isEmpty(),
                "a share is at most 1");
    }

    @Test
    void theBatchFieldsAreOptionalAndAbsentWhenNotSet() {
        String alone = EventJson.write(new RawDocumentEvent(1, ID, "a.txt", "text/plain", DocumentFormat.TEXT, 3,
                Instant.EPOCH, null, new byte[] {1}));
        assertFalse(alone.contains("batch"), "a document in no batch keeps the shape written before batches");
        String batched = EventJson.write(new RawDocumentEvent(1, ID, "a.txt", "text/plain", DocumentFormat.TEXT, 3,
                Instant.EPOCH, null, new byte[] {1}, "0123456789abcdef0123456789abcdef", 50));
        assertEquals(List.of(), EventSchemas.validate(EventSchemas.RAW_DOCUMENT, batched));
        assertEquals("0123456789abcdef0123456789abcdef", EventJson.read(batched, RawDocumentEvent.class).batchId());
        assertEquals(50, EventJson.read(batched, ogi.contracts.event.RawDocumentReceipt.class).batchSize());
        assertFalse(EventSchemas.validate(EventSchemas.RAW_DOCUMENT, batched.replace("0123456789abcdef0123456789abcdef",
                "../../x")).isEmpty(), "a batch id is 32 hex digits");
    }

    @Test
    void theSchemasRejectWhatBreaksTheContract() {
        String noId = "{\"schemaVersion\":1,\"format\":\"TEXT\",\"sizeBytes\":1,\"receivedAt\":\"2026-01-01T00:00:00Z\",\"content\":\"AA==\"}";
        assertFalse(EventSchemas.validate(EventSchemas.RAW_DOCUMENT, noId).isEmpty());
        String badId = noId.replace("{", "{\"documentId\":\"xyz\",");
        assertFalse(EventSchemas.validate(EventSchemas.RAW_DOCUMENT, badId).isEmpty());
        String version2 = noId.replace("\"schemaVersion\":1", "\"schemaVersion\":2").replace("{",
                "{\"documentId\":\"" + ID + "\",");
        assertFalse(EventSchemas.validate(EventSchemas.RAW_DOCUMENT, version2).isEmpty());
    }

    @Test
    void readersRefuseInvalidJsonAndUnknownVersionsButIgnoreNewFields() {
        assertThrows(InvalidEventException.class, () -> EventJson.read("{not json", RawDocumentEvent.class));
        assertThrows(InvalidEventException.class, () -> EventJson.read("", RawDocumentEvent.class));
        assertThrows(InvalidEventException.class, () -> EventJson.read("{\"schemaVersion\":2,\"documentId\":\"" + ID
                + "\"}", RawDocumentEvent.class));
        RawDocumentEvent e = EventJson.read("{\"schemaVersion\":1,\"documentId\":\"" + ID
                + "\",\"addedLater\":true}", RawDocumentEvent.class);
        assertEquals(ID, e.documentId());
    }

    @Test
    void theTemplateHasTheFixedShape() {
        ReportTemplate t = ReportTemplate.v2021();
        assertEquals(6, t.sections().size());
        assertEquals(6, t.table("table1").rows().size());
        assertEquals(25, t.table("table2").rows().size());
        assertEquals(7, t.table("table2").columns().size());
        assertEquals(15, t.table("table3").columns().size());
        assertEquals(21, t.table("table2").rows().stream().filter(ReportTemplate.RowSpec::results).count());
        assertTrue(Topics.ALL.stream().allMatch(topic -> topic.startsWith("ogi.")));
    }
}
