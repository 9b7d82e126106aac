package ogi.contracts.event;

import java.time.Instant;
import java.util.List;

/** The outcome of running the rule catalogue over one parsed report, on {@code ogi.reports.audited}. */
public record AuditResultEvent(
        int schemaVersion,
        String documentId,
        String catalogueVersion,
        Instant auditedAt,
        String agency,
        Integer year,
        List<Finding> findings) implements VersionedEvent {
}
