package ogi.contracts.event;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of running the rule catalogue over one parsed report, on {@code ogi.reports.audited}: the findings,
 * and every rule's result (passed, failed, or not assessable with the cells it lacked). {@code ruleResults} was
 * added within schema version 1; events written before it have none.
 */
public record AuditResultEvent(
        int schemaVersion,
        String documentId,
        String catalogueVersion,
        Instant auditedAt,
        String agency,
        Integer year,
        List<Finding> findings,
        List<RuleResult> ruleResults) implements VersionedEvent {

    public AuditResultEvent {
        ruleResults = ruleResults == null ? List.of() : List.copyOf(ruleResults);
    }

    /** A result without rule results (as written before they were added). */
    public AuditResultEvent(int schemaVersion, String documentId, String catalogueVersion, Instant auditedAt,
            String agency, Integer year, List<Finding> findings) {
        this(schemaVersion, documentId, catalogueVersion, auditedAt, agency, year, findings, List.of());
    }
}
