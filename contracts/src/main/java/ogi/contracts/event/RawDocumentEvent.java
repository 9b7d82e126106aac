package ogi.contracts.event;

import java.time.Instant;

/**
 * A document as received by the ingest service, on {@code ogi.reports.raw}. {@code content} holds the original
 * bytes (base64 in JSON), at most 10 MB.
 */
public record RawDocumentEvent(
        int schemaVersion,
        String documentId,
        String fileName,
        String contentType,
        DocumentFormat format,
        long sizeBytes,
        Instant receivedAt,
        String sourceUrl,
        byte[] content) implements VersionedEvent {
}
