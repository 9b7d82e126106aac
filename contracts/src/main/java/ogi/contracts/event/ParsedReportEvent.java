package ogi.contracts.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import ogi.contracts.report.Report;

/**
 * A structured report read from a raw document, on {@code ogi.reports.parsed}. {@code batchId} (added within schema
 * version 1, absent when not set) is the raw document's, passed on.
 */
public record ParsedReportEvent(
        int schemaVersion,
        String documentId,
        String parserVersion,
        Instant parsedAt,
        String fileName,
        DocumentFormat format,
        Report report,
        @JsonInclude(JsonInclude.Include.NON_NULL) String batchId) implements VersionedEvent {

    /** A report in no batch. */
    public ParsedReportEvent(int schemaVersion, String documentId, String parserVersion, Instant parsedAt,
            String fileName, DocumentFormat format, Report report) {
        this(schemaVersion, documentId, parserVersion, parsedAt, fileName, format, report, null);
    }
}
