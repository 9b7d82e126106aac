package ogi.ingest.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import ogi.ingest.config.IngestConfig;

/** Unit: the service-wide room for document bytes; a document that finds none in time is refused with 503. */
class IngestBudgetTest {
    private static IngestConfig config(long bytes, Duration wait) {
        return new IngestConfig() {
            public long maxDocumentBytes() { return 10_485_760; }
            public String queryBaseUrl() { return "http://localhost"; }
            public boolean urlAllowPrivate() { return false; }
            public Duration urlTimeout() { return Duration.ofSeconds(1); }
            public int zipMaxEntries() { return 10; }
            public long zipMaxExpandedBytes() { return 1; }
            public int zipMaxRatio() { return 1; }
            public long maxBytesInFlight() { return bytes; }
            public Duration busyTimeout() { return wait; }
            public int maxUploadsInFlight() { return 32; }
            public Duration busyRetryAfter() { return Duration.ofSeconds(1); }
            public Duration urlTotalTimeout() { return Duration.ofSeconds(1); }
            public String database() { return "ogi"; }
        };
    }

    @Test
    void aDocumentWaitsForRoomAndIsRefusedWith503WhenNoneComesInTime() {
        IngestBudget budget = new IngestBudget(config(10 * 1024 * 1024, Duration.ofMillis(200)));
        try (IngestBudget.Hold large = budget.hold(8 * 1024 * 1024, "a.pdf")) {
            try (IngestBudget.Hold small = budget.hold(1024 * 1024, "b.txt")) {
                assertEquals(1024 * 1024, budget.freeBytes());
            }
            IngestException busy = assertThrows(IngestException.class, () -> budget.hold(3 * 1024 * 1024, "c.docx"));
            assertEquals(503, busy.status());
            assertEquals("busy", busy.code());
            assertEquals("c.docx", busy.fileName());
        }
        assertEquals(10 * 1024 * 1024, budget.freeBytes(), "every hold given back");
    }

    @Test
    void aDocumentLargerThanTheWholeBudgetTakesAllOfItRatherThanWaitingForever() {
        IngestBudget budget = new IngestBudget(config(1024 * 1024, Duration.ofMillis(200)));
        try (IngestBudget.Hold huge = budget.hold(9 * 1024 * 1024, "big.pdf")) {
            assertEquals(0, budget.freeBytes());
        }
        assertEquals(1024 * 1024, budget.freeBytes());
    }
}
