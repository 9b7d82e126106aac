package ogi.contracts.event;

import java.time.Instant;

import ogi.contracts.report.Report;

/** A structured report read from a raw document, on {@code ogi.reports.parsed}. */
public record ParsedReportEvent(
        int schemaVersion,
        String documentId,
        String parserVersion,
        Instant parsedAt,
        String fileName,
        DocumentFormat format,
        Report report) implements VersionedEvent {
}
