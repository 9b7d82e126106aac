package ogi.contracts.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A document as received by the ingest service, on {@code ogi.reports.raw}. {@code content} holds the original
 * bytes (base64 in JSON), at most 10 MB. {@code batchId} and {@code batchSize} (added within schema version 1,
 * absent when not set) name the upload it came in with several files or a ZIP, and how many documents that upload
 * published.
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
        byte[] content,
        @JsonInclude(JsonInclude.Include.NON_NULL) String batchId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer batchSize) implements VersionedEvent {

    /** A document uploaded on its own, in no batch. */
    public RawDocumentEvent(int schemaVersion, String documentId, String fileName, String contentType,
            DocumentFormat format, long sizeBytes, Instant receivedAt, String sourceUrl, byte[] content) {
        this(schemaVersion, documentId, fileName, contentType, format, sizeBytes, receivedAt, sourceUrl, content,
                null, null);
    }
}
