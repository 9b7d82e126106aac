package ogi.ingest.document;

import ogi.contracts.event.DocumentFormat;

/**
 * The answer for one accepted document: its id, where the query service shows it, and whether these bytes were
 * already known ({@code duplicate}), in which case nothing was published again. {@code traceId} is the
 * OpenTelemetry trace this request started; the document's way through the pipeline is recorded in it.
 */
public record AcceptedDocument(String documentId, String fileName, DocumentFormat format, long sizeBytes,
        String status, String reportUrl, String traceId) {
}
