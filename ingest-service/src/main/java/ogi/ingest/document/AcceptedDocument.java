package ogi.ingest.document;

import ogi.contracts.event.DocumentFormat;

/**
 * The answer for one document: its id, where the query service shows it, and whether these bytes were already
 * known ({@code duplicate}), in which case nothing was published again. {@code traceId} is the OpenTelemetry trace
 * this request started; the document's way through the pipeline is recorded in it. A file of a ZIP upload can also
 * be {@code refused}, with {@code error} (a code) and {@code message}; the archive's other files go on.
 */
public record AcceptedDocument(String documentId, String fileName, DocumentFormat format, long sizeBytes,
        String status, String reportUrl, String traceId, String error, String message) {

    public AcceptedDocument(String documentId, String fileName, DocumentFormat format, long sizeBytes,
            String status, String reportUrl, String traceId) {
        this(documentId, fileName, format, sizeBytes, status, reportUrl, traceId, null, null);
    }

    static AcceptedDocument refused(String fileName, IngestException e) {
        return new AcceptedDocument(null, fileName, null, 0, "refused", null, null, e.code(), e.getMessage());
    }
}
