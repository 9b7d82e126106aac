package ogi.contracts.event;

import java.time.Instant;

/**
 * A {@link RawDocumentEvent} read without its {@code content}: what a consumer that only notes a document's arrival
 * needs. Reading it skips the base64 of the document (up to 14 MB) without decoding it.
 */
public record RawDocumentReceipt(
        int schemaVersion,
        String documentId,
        String fileName,
        String contentType,
        DocumentFormat format,
        long sizeBytes,
        Instant receivedAt,
        String sourceUrl,
        String batchId,
        Integer batchSize) implements VersionedEvent {
}
