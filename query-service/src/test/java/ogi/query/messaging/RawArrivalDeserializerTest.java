package ogi.query.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import ogi.contracts.event.DocumentFormat;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.RawDocumentEvent;

/**
 * Unit, real data: the raw topic's deserializer keeps a sample report's receipt, from an array or from a direct buffer
 * as the Kafka client may hold the value, and turns what is not a raw document event into a reason, never an
 * exception (which would stop the channel).
 */
class RawArrivalDeserializerTest {
    private final RawArrivalDeserializer deserializer = new RawArrivalDeserializer();

    @Test
    void aRawDocumentEventBecomesItsReceiptWithoutItsContent() throws Exception {
        byte[] report = Files.readAllBytes(Path.of(System.getProperty("shared.reports.dir", "../samples/reports"))
                .resolve("wusu-urban-management-2023.txt"));
        String id = "a1".repeat(32);
        byte[] value = EventJson.write(new RawDocumentEvent(1, id, "wusu.txt", "text/plain; charset=utf-8",
                DocumentFormat.TEXT, report.length, Instant.parse("2026-01-15T08:00:00Z"), null, report,
                "0123456789abcdef0123456789abcdef", 4)).getBytes(StandardCharsets.UTF_8);
        ByteBuffer direct = ByteBuffer.allocateDirect(value.length + 7);
        direct.put(new byte[7]).put(value).flip().position(7);
        for (RawArrival arrival : new RawArrival[] {deserializer.deserialize("t", value),
                deserializer.deserialize("t", null, direct)}) {
            assertNull(arrival.unreadable());
            assertEquals(id, arrival.receipt().documentId());
            assertEquals("wusu.txt", arrival.receipt().fileName());
            assertEquals(report.length, arrival.receipt().sizeBytes());
            assertEquals("0123456789abcdef0123456789abcdef", arrival.receipt().batchId());
            assertEquals(4, arrival.receipt().batchSize());
        }
        assertEquals(7, direct.position(), "the client's buffer is left where it was");
    }

    @Test
    void whatIsNotARawDocumentEventIsAReasonNotAnException() {
        for (String poison : new String[] {"{not json", "{\"schemaVersion\":2,\"documentId\":\"x\"}", ""}) {
            RawArrival arrival = deserializer.deserialize("t", poison.getBytes(StandardCharsets.UTF_8));
            assertNull(arrival.receipt(), poison);
            assertTrue(arrival.unreadable() != null && !arrival.unreadable().isBlank(), poison);
        }
        assertNull(deserializer.deserialize("t", null).receipt());
    }
}
