package ogi.contracts.event;

import java.time.Instant;

/** One finding of warning or error severity, on {@code ogi.audit.alerts}; {@code alertId} equals the finding id. */
public record AlertEvent(
        int schemaVersion,
        String alertId,
        String documentId,
        String agency,
        Integer year,
        String catalogueVersion,
        Instant raisedAt,
        Finding finding) implements VersionedEvent {
}
