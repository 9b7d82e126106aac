package ogi.query.projection;

import java.time.Instant;

import ogi.contracts.event.AlertEvent;
import ogi.contracts.event.AuditResultEvent;
import ogi.contracts.event.ParsedReportEvent;
import ogi.contracts.event.RawDocumentReceipt;

/** What the consumers hand the {@link ReportProjector}: one pipeline event, typed. */
public sealed interface PipelineEvent {

    /** Ingest accepted the document (its bytes are never decoded here). */
    record Received(RawDocumentReceipt receipt) implements PipelineEvent {
    }

    record Parsed(ParsedReportEvent event) implements PipelineEvent {
    }

    /** An audit result with the trace id of its record (the trace the document started at ingest). */
    record Audited(AuditResultEvent result, String traceId) implements PipelineEvent {
    }

    /** A stage rejected the document ({@code stage}: parse, audit, query, unknown). */
    record Failed(String documentId, String stage, String reason, Instant at) implements PipelineEvent {
    }

    record Alerted(AlertEvent alert) implements PipelineEvent {
    }
}
