package ogi.contracts.event;

import java.time.Instant;

/**
 * A reviewer's decision on one finding, on {@code ogi.audit.reviews}. The finding is named by its id (document,
 * rule, location), which a re-audit keeps, so the decision holds for the same finding in later audit results. A
 * dismissed finding raises no more alerts.
 */
public record ReviewEvent(
        int schemaVersion,
        String findingId,
        String documentId,
        String ruleId,
        ReviewDecision decision,
        String reason,
        String reviewer,
        Instant reviewedAt) implements VersionedEvent {
}
